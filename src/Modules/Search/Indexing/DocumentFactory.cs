using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Search.Analysis;
using Portal.Search.Synonyms;

namespace Portal.Search.Indexing;

/// <summary>Lays a <see cref="SearchDocument"/> out in the index's fields.</summary>
public sealed class DocumentFactory(SearchAnalysis analysis, SynonymSet synonyms)
{
    public Document Create(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.ItemId, Field.Store.YES),
            new StringField(SearchFields.Type, source.ContentType, Field.Store.YES),
            new SortedSetDocValuesField(SearchFields.Type, new BytesRef(source.ContentType)),
            new StringField(SearchFields.Language, source.Language, Field.Store.YES),
            new StoredField(SearchFields.Url, source.Url),
            new StoredField(SearchFields.Version, source.Version),
            new StoredField(SearchFields.Modified, source.ModifiedUtc.ToString("O", CultureInfo.InvariantCulture)),
            new TextField(SearchFields.TitleExact, source.Title, Field.Store.NO),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            new TextField(SearchFields.Keywords, source.Keywords, Field.Store.NO),
            new TextField(SearchFields.Summary, source.Summary, Field.Store.YES),
            new TextField(SearchFields.Headings, source.Headings, Field.Store.NO),
            new TextField(SearchFields.Body, source.Body, Field.Store.YES),
        };

        if (source.PublishedUtc is { } published)
        {
            document.Add(new StoredField(SearchFields.Published, published.ToString("O", CultureInfo.InvariantCulture)));
        }

        AddTerms(document, SearchFields.Topic, source.Topics, facet: true);
        AddTerms(document, SearchFields.LifeEvent, source.LifeEvents, facet: false);
        AddTerms(document, SearchFields.Audience, source.Audiences, facet: false);

        string[] texts = [source.Title, source.Summary, source.Keywords, source.Headings, source.Body];
        foreach (var text in texts.Where(t => t.Length > 0))
        {
            document.Add(new TextField(SearchFields.Words, text, Field.Store.NO));
            document.Add(new TextField(SearchFields.Spell, text, Field.Store.NO));
        }

        if (analysis.Expand)
        {
            var stems = texts.SelectMany(t => analysis.Text.Tokens(SearchFields.Body, t)).Select(t => t.Term).ToList();
            foreach (var concept in synonyms.Find(stems).Select(m => m.Concept).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(SearchFields.Concept, concept, Field.Store.NO));
            }
        }

        return document;
    }

    private static void AddTerms(Document document, string field, IReadOnlyList<string> values, bool facet)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(field, value, Field.Store.YES));
            if (facet)
            {
                document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
            }
        }
    }
}
