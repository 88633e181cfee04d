using Portal.Contents.Catalog;
using Portal.Contents.Editors;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Tramites.Model;

namespace Portal.Tramites.Display;

internal sealed class TramiteDisplay(
    PlainSentences sentences,
    SiteTime siteTime,
    CitizenPages pages) : ContentDisplay<TramiteContent>
{
    public const string VideoType = "video";

    public const string InfographicType = "infografia";

    public override string ContentType => TramiteContent.TypeName;

    public override string DisplayView => "/Views/Tramites/TramiteDisplay.cshtml";

    public override string? HeadView => "/Views/Tramites/TramiteHead.cshtml";

    protected override async Task<object> BuildAsync(ContentItem item, TramiteContent model, CancellationToken cancellationToken)
    {
        var updated = await ShownDate.OfAsync(item, siteTime, cancellationToken);
        var today = DateOnly.FromDateTime(await siteTime.ToLocalAsync(siteTime.UtcNow, cancellationToken));
        var related = new List<RelatedLink>();
        await AddRelatedAsync(related, model.RelatedVideoId, VideoType, cancellationToken);
        await AddRelatedAsync(related, model.RelatedInfographicId, InfographicType, cancellationToken);
        return new TramiteView(
            model,
            model.Common.Title,
            SubmissionWindow.StatusOn(model.Period, model.Status, today),
            sentences.PeriodSentence(model.Period),
            sentences.ResolutionSentence(model.MaxResolutionTime),
            sentences.AverageResolutionSentence(model.AverageResolutionTime),
            sentences.SilenceSentence(model.Silence, model.MaxResolutionTime),
            updated.Text,
            updated.Iso,
            related);
    }

    /// <summary>Links only what citizens can open: a published item of the expected type.</summary>
    private async Task AddRelatedAsync(List<RelatedLink> links, string? itemId, string type, CancellationToken cancellationToken)
    {
        if (itemId is null)
        {
            return;
        }

        links.AddRange((await pages.PublishedLinksAsync([itemId], type, cancellationToken)).Select(l => new RelatedLink(type, l.Title, l.Url)));
    }
}
