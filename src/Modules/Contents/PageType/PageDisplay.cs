using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Contents.Markdown;
using Portal.Contents.Time;
using Portal.Core.Content;

namespace Portal.Contents.PageType;

/// <summary>A page as citizens read it.</summary>
public sealed record PageView(string Title, string Summary, string BodyHtml, string UpdatedText, string UpdatedIso);

internal sealed class PageDisplay(IMarkdownRenderer markdown, SiteTime siteTime, IStringLocalizer<ContentsResources> S) : ContentDisplay<PageContent>
{
    public override string ContentType => PageContent.TypeName;

    public override string DisplayView => "/Views/Contents/PageDisplay.cshtml";

    protected override async Task<object> BuildAsync(ContentItem item, PageContent model, CancellationToken cancellationToken)
    {
        var updated = await ShownDate.OfAsync(item, siteTime, cancellationToken);
        return new PageView(
            string.IsNullOrWhiteSpace(model.Title) ? S["Untitled"] : model.Title,
            model.Summary,
            markdown.ToHtml(model.Body),
            updated.Text,
            updated.Iso);
    }
}
