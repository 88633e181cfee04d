using Portal.Core.Content;

namespace Portal.Contents.PageType;

/// <summary>One row per page version, so the public route and the uniqueness check find slugs with SQL.</summary>
public sealed class PageIndex : ContentIndex
{
    public const string TableName = "PageIndex";

    public string Slug { get; set; } = "";
}

internal sealed class PageIndexProvider : ContentIndexProvider<PageIndex, PageContent>
{
    protected override PageIndex Map(PageContent model, ContentItem item) => new() { Slug = model.Slug };
}
