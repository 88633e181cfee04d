using Portal.Search.Analysis;

namespace Portal.Search.Synonyms;

/// <summary>
/// Synonym groups, each variant run through the text analyzer so that "plusvalía" and "plusvalia" land in the same
/// group. Lucene.Net 4.8 has no synonym-graph filter, so multi-word variants are matched here, in our own code:
/// a document that mentions a variant gets the group's concept term, and a query that mentions one also asks for it.
/// </summary>
public sealed class SynonymSet
{
    private readonly List<(string Concept, string[] Stems)> _variants;

    /// <summary>Variants by their first stem, longest first, so "prestación por desempleo" wins over "desempleo".</summary>
    private readonly Dictionary<string, (string Concept, string[] Stems)[]> _byFirstStem;

    private SynonymSet(List<(string Concept, string[] Stems)> variants, string fingerprint)
    {
        _variants = variants;
        _byFirstStem = variants
            .GroupBy(v => v.Stems[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Stems.Length).ToArray(), StringComparer.Ordinal);
        Fingerprint = fingerprint;
    }

    public static SynonymSet Empty { get; } = new([], "");

    /// <summary>Identifies the list, so that an index built with another list is rebuilt.</summary>
    public string Fingerprint { get; }

    public int Count => _variants.Count;

    /// <summary>Parses lines of comma-separated variants; the first variant names the group.</summary>
    public static SynonymSet Parse(IEnumerable<string> lines, SearchAnalysis analysis)
    {
        var variants = new List<(string, string[])>();
        var kept = new List<string>();
        foreach (var line in lines)
        {
            var group = SynonymLines.Split(line);
            if (group.Count < 2)
            {
                continue;
            }

            var stems = group.Select(v => analysis.Text.Tokens(SearchFields.Body, v).Select(t => t.Term).ToArray()).Where(s => s.Length > 0).ToList();
            if (stems.Count < 2)
            {
                continue;
            }

            var concept = "syn_" + string.Join('_', stems[0]);
            variants.AddRange(stems.Select(s => (concept, s)));
            kept.Add(string.Join(',', group));
        }

        return new SynonymSet(variants, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', kept))))[..16]);
    }

    /// <summary>The groups mentioned in a run of stems, without overlaps, leftmost and longest first.</summary>
    public IReadOnlyList<SynonymMatch> Find(IReadOnlyList<string> stems)
    {
        var matches = new List<SynonymMatch>();
        var i = 0;
        while (i < stems.Count)
        {
            var found = _byFirstStem.TryGetValue(stems[i], out var candidates) ? candidates.FirstOrDefault(v => StartsAt(stems, i, v.Stems)) : default;
            if (found.Stems is null)
            {
                i++;
                continue;
            }

            matches.Add(new SynonymMatch(found.Concept, i, found.Stems.Length));
            i += found.Stems.Length;
        }

        return matches;
    }

    /// <summary>
    /// The one-word variants of the given groups, for highlighting what a synonym matched; a word of a longer
    /// variant ("alta" of "alta en el padrón") means nothing alone.
    /// </summary>
    public IEnumerable<string> SingleWordsOf(IEnumerable<string> concepts)
    {
        var wanted = concepts.ToHashSet(StringComparer.Ordinal);
        return _variants.Where(v => v.Stems.Length == 1 && wanted.Contains(v.Concept)).Select(v => v.Stems[0]);
    }

    private static bool StartsAt(IReadOnlyList<string> stems, int start, string[] variant)
    {
        if (start + variant.Length > stems.Count)
        {
            return false;
        }

        for (var k = 0; k < variant.Length; k++)
        {
            if (!string.Equals(stems[start + k], variant[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A group found at stems [Start, Start + Length).</summary>
public readonly record struct SynonymMatch(string Concept, int Start, int Length);
