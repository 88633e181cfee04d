using Markdig;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Theming;

namespace Portal.Search.Indexing;

/// <summary>
/// Every type whose model is <see cref="ICitizenContent"/> (trámites, infographics, videos, posts): the common part
/// gives title, summary, citizen keywords and terms; the item's texts give headings and steps, and the body.
/// </summary>
internal sealed class CitizenDocumentSource(IContentDefinitionStore definitions, IContentManager contents, PublicUrls urls) : ISearchDocumentSource
{
    public IReadOnlyCollection<string> ContentTypes { get; } =
        [.. definitions.Types.Where(t => typeof(ICitizenContent).IsAssignableFrom(t.ModelType)).Select(t => t.Name)];

    public Task<SearchDocument?> BuildAsync(ContentItem item, CancellationToken cancellationToken) => Task.FromResult(Build(item));

    private SearchDocument? Build(ContentItem item)
    {
        var url = urls.PathOf(item);
        if (url is null || contents.GetModel(item) is not ICitizenContent content)
        {
            return null;
        }

        var texts = content.Texts().ToList();
        var common = content.Common;
        return new SearchDocument(item.ItemId, item.ContentType, common.Title, url)
        {
            Summary = common.Summary,
            Keywords = string.Join(", ", common.CitizenKeywords),
            Headings = Join(texts.Where(t => t.Role is ContentTextRole.Heading or ContentTextRole.Step)),
            Body = Join(texts.Where(t => t.Role == ContentTextRole.Body)),
            Topics = common.Topics,
            LifeEvents = common.LifeEvents,
            Audiences = common.Audiences,
            PublishedUtc = item.PublishedUtc,
            ModifiedUtc = item.ModifiedUtc,
            Version = SearchDocument.VersionOf(item),
        };
    }

    private static string Join(IEnumerable<ContentText> texts) =>
        string.Join("\n\n", texts.Select(t => Markdown.ToPlainText(t.Text).Trim()).Where(t => t.Length > 0));
}
