using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Portal.Contents.Time;

namespace Portal.Contents.Scheduling;

/// <summary>Reads the "Publicar el" and "Despublicar el" inputs, typed in the site's time zone, into UTC dates.</summary>
public sealed class ScheduleForm(SiteTime siteTime, IStringLocalizer<ContentsResources> S)
{
    public sealed record Dates(DateTime? PublishUtc, DateTime? UnpublishUtc);

    /// <summary>
    /// New dates must lie ahead; a date left as it was is accepted even if it has just passed, so saving an
    /// untouched form a moment after its publication time does not fail while the task catches up.
    /// </summary>
    public async Task<Dates> ValidateAsync(
        string? publishAt, string? unpublishAt, ContentSchedule? current, ModelStateDictionary modelState,
        string publishKey, string unpublishKey, CancellationToken cancellationToken)
    {
        var publish = await ParseAsync(publishAt, publishKey, "Schedule_Publish", modelState, cancellationToken);
        var unpublish = await ParseAsync(unpublishAt, unpublishKey, "Schedule_Unpublish", modelState, cancellationToken);
        var now = siteTime.UtcNow;
        if (publish is not null && publish != current?.PublishUtc && publish <= now)
        {
            modelState.AddModelError(publishKey, S["Schedule_PublishPast"]);
        }

        if (unpublish is not null && unpublish != current?.UnpublishUtc && unpublish <= now)
        {
            modelState.AddModelError(unpublishKey, S["Schedule_UnpublishPast"]);
        }
        else if (publish is not null && unpublish is not null && unpublish <= publish)
        {
            modelState.AddModelError(unpublishKey, S["Schedule_UnpublishBeforePublish"]);
        }

        return new Dates(publish, unpublish);
    }

    private async Task<DateTime?> ParseAsync(string? value, string key, string messagePrefix, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var input = await siteTime.ParseInputAsync(value, cancellationToken);
        switch (input.Problem)
        {
            case LocalInputProblem.Malformed:
                modelState.AddModelError(key, S[messagePrefix + "Malformed"]);
                return null;
            case LocalInputProblem.SkippedByClockChange:
                modelState.AddModelError(key, S[messagePrefix + "SkippedHour"]);
                return null;
            default:
                return input.Utc;
        }
    }
}
