using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;
using Portal.Search.Synonyms;

namespace Portal.Search.Querying;

/// <summary>
/// Builds the Lucene query in code from a <see cref="UserQuery"/>: the same analyzers as the index, each word
/// looked for in every weighted field (best field wins), fuzzy matches for longer words, and synonym groups as
/// an alternative to the words that named them.
/// </summary>
public sealed class QueryBuilder(SearchAnalysis analysis, SynonymSet synonyms)
{
    /// <summary>Words this long or longer also match with one typo; <see cref="TwoEditsLength"/> or longer, with two.</summary>
    public const int FuzzyLength = 5;

    public const int TwoEditsLength = 8;

    private const float ExactTitleBoost = 6f;
    private const float ConceptBoost = 3f;
    private const float FuzzyFactor = 0.3f;

    public BuiltQuery Build(UserQuery query)
    {
        var units = new List<Query>();
        var words = new List<(string Stem, string? Word)>();
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var fuzzy = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var typed = new List<string>();

        foreach (var part in query.Parts)
        {
            switch (part.Kind)
            {
                case UserQueryPartKind.Phrase:
                    typed.AddRange(part.Text.Split(' '));
                    var phrase = analysis.Text.Tokens(SearchFields.Body, part.Text);
                    highlight.UnionWith(phrase.Select(t => t.Term));
                    if (phrase.Count == 1)
                    {
                        units.Add(TermUnit(phrase[0].Term, null));
                    }
                    else if (phrase.Count > 1)
                    {
                        units.Add(PhraseUnit(phrase));
                    }

                    break;
                case UserQueryPartKind.Prefix:
                    typed.Add(part.Text);
                    var prefix = analysis.Exact.Tokens(SearchFields.Words, part.Text).Select(t => t.Term).FirstOrDefault();
                    if (prefix is { Length: >= UserQuery.MinPrefix })
                    {
                        prefixes.Add(prefix);
                        units.Add(PrefixUnit(prefix));
                    }

                    break;
                default:
                    typed.AddRange(part.Text.Split(' '));
                    words.AddRange(Pair(part.Text));
                    break;
            }
        }

        AddWordUnits(words, units, highlight, fuzzy);
        if (units.Count == 0)
        {
            return new BuiltQuery(null, null, HighlightTerms.None, typed);
        }

        return new BuiltQuery(
            Combine(units, Occur.MUST),
            units.Count > 1 ? Combine(units, Occur.SHOULD) : null,
            new HighlightTerms(highlight, fuzzy, prefixes),
            typed);
    }

    private void AddWordUnits(List<(string Stem, string? Word)> words, List<Query> units, HashSet<string> highlight, HashSet<string> fuzzy)
    {
        var stems = words.Select(w => w.Stem).ToList();
        highlight.UnionWith(stems);
        if (analysis.Expand)
        {
            fuzzy.UnionWith(words.Where(w => (w.Word?.Length ?? 0) >= FuzzyLength).Select(w => w.Stem));
        }

        var matches = analysis.Expand ? synonyms.Find(stems) : [];
        highlight.UnionWith(synonyms.SingleWordsOf(matches.Select(m => m.Concept)));
        var i = 0;
        foreach (var match in matches)
        {
            for (; i < match.Start; i++)
            {
                units.Add(TermUnit(words[i].Stem, words[i].Word));
            }

            var span = new BooleanQuery();
            for (; i < match.Start + match.Length; i++)
            {
                span.Add(TermUnit(words[i].Stem, words[i].Word), Occur.MUST);
            }

            units.Add(new BooleanQuery
            {
                { span, Occur.SHOULD },
                { new TermQuery(new Term(SearchFields.Concept, match.Concept)) { Boost = ConceptBoost }, Occur.SHOULD },
            });
        }

        for (; i < words.Count; i++)
        {
            units.Add(TermUnit(words[i].Stem, words[i].Word));
        }
    }

    /// <summary>Each stem with the whole folded word it came from (null when the two analyses disagree, e.g. "cl@ve").</summary>
    private IEnumerable<(string Stem, string? Word)> Pair(string text)
    {
        var exact = analysis.Exact.Tokens(SearchFields.Words, text).ToDictionary(t => t.Start, t => t.Term);
        return analysis.Text.Tokens(SearchFields.Body, text).Select(t => (t.Term, exact.GetValueOrDefault(t.Start)));
    }

    private DisjunctionMaxQuery TermUnit(string stem, string? word)
    {
        var best = new DisjunctionMaxQuery(0.1f);
        if (word is not null)
        {
            best.Add(new TermQuery(new Term(SearchFields.TitleExact, word)) { Boost = ExactTitleBoost });
        }

        foreach (var (field, boost) in SearchFields.Weighted)
        {
            best.Add(new TermQuery(new Term(field, stem)) { Boost = boost });
        }

        if (analysis.Expand && word is { Length: >= FuzzyLength })
        {
            var edits = word.Length >= TwoEditsLength ? 2 : 1;
            foreach (var (field, boost) in SearchFields.Weighted)
            {
                best.Add(new FuzzyQuery(new Term(field, stem), edits, prefixLength: 1) { Boost = boost * FuzzyFactor });
            }
        }

        return best;
    }

    private static DisjunctionMaxQuery PhraseUnit(List<AnalyzedToken> tokens)
    {
        var best = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            var phrase = new PhraseQuery { Boost = boost };
            foreach (var token in tokens)
            {
                phrase.Add(new Term(field, token.Term), token.Position);
            }

            best.Add(phrase);
        }

        return best;
    }

    private static DisjunctionMaxQuery PrefixUnit(string prefix) => new DisjunctionMaxQuery(0.1f)
    {
        new PrefixQuery(new Term(SearchFields.TitleExact, prefix)) { Boost = ExactTitleBoost },
        new PrefixQuery(new Term(SearchFields.Words, prefix)),
    };

    private static Query Combine(List<Query> units, Occur occur)
    {
        if (units.Count == 1)
        {
            return units[0];
        }

        var query = new BooleanQuery();
        foreach (var unit in units)
        {
            query.Add(unit, occur);
        }

        return query;
    }
}
