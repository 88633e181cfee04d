using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Editors;
using Portal.Contents.Markdown;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Infographics.Data;
using Portal.Media.Assets;
using Portal.Media.Library;

namespace Portal.Infographics.Items;

/// <summary>An infographic as citizens see it.</summary>
/// <param name="Tramite">The related trámite, when it is published.</param>
public sealed record InfographicView(
    string Title,
    string Summary,
    MediaAsset? Image,
    string Alt,
    MediaAsset? MobileImage,
    string TextVersionHtml,
    string? SourceDataCaption,
    SourceTable SourceData,
    string ImageTextLanguage,
    MediaAsset? Pdf,
    CitizenLink? Tramite,
    Validity? Validity,
    string Credits,
    string Licence,
    string? LicenceUrl,
    string UpdatedText,
    string UpdatedIso);

internal sealed class InfographicDisplay(
    IMarkdownRenderer markdown,
    SiteTime siteTime,
    IMediaLibrary library,
    CitizenPages pages,
    IStringLocalizer<InfographicsResources> S) : ContentDisplay<Infographic>
{
    public override string ContentType => Infographic.TypeName;

    public override string DisplayView => "/Views/Infographics/InfographicDisplay.cshtml";

    public override string? HeadView => "/Views/Infographics/InfographicHead.cshtml";

    protected override async Task<object> BuildAsync(ContentItem item, Infographic model, CancellationToken cancellationToken)
    {
        var updated = await ShownDate.OfAsync(item, siteTime, cancellationToken);
        var tramites = model.RelatedTramite is { } id ? await pages.PublishedLinksAsync([id], Infographic.TramiteType, cancellationToken) : [];
        return new InfographicView(
            string.IsNullOrWhiteSpace(model.Common.Title) ? S["Untitled"] : model.Common.Title,
            model.Common.Summary,
            await library.FindAsync(model.Image?.AssetId, cancellationToken),
            model.Image?.Alt ?? "",
            await library.FindAsync(model.MobileImage?.AssetId, cancellationToken),
            markdown.ToHtml(model.TextVersion),
            model.SourceDataCaption,
            model.SourceData,
            model.ImageTextLanguage,
            await library.FindAsync(model.AccessiblePdf, cancellationToken),
            tramites.Count > 0 ? tramites[0] : null,
            await pages.ValidityAsync(model.ValidUntil, cancellationToken),
            model.Credits,
            model.Licence,
            Licences.PageOf(model.Licence),
            updated.Text,
            updated.Iso);
    }
}
