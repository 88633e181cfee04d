using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.Contents.Scheduling;
using Portal.Contents.Security;
using Portal.Core;
using Portal.Core.Content;

namespace Portal.Contents.Editing;

/// <summary>
/// Editing an item, for the admin page and the API alike: open it for a user (found, allowed), then save, publish,
/// unpublish, discard or remove it. Callers check their own input between opening and writing, so a refused
/// request is refused before anything it sent is looked at. Failures write nothing.
/// </summary>
public sealed class ContentEditing(
    IContentManager contents,
    ContentAuthorizer authorizer,
    PublishReadiness readiness,
    ContentSchedules schedules,
    IStringLocalizer<CoreResources> CoreTexts)
{
    /// <summary>The latest version of <paramref name="itemId"/>, or a new item when it is null, with what the user may do.</summary>
    /// <param name="publishing">The request publishes or schedules: refused without the right to.</param>
    public async Task<EditOpening> OpenAsync(ClaimsPrincipal user, string? itemId, bool publishing, CancellationToken cancellationToken)
    {
        ContentItem? item = null;
        if (itemId is not null)
        {
            item = await contents.GetAsync(itemId, VersionOptions.Latest, cancellationToken);
            if (item is null)
            {
                return new EditOpening(EditOutcome.NotFound, null);
            }
        }

        if (item is null ? !await authorizer.CanCreateAsync(user) : !await authorizer.CanEditAsync(user, item))
        {
            return new EditOpening(EditOutcome.Forbidden, null);
        }

        var canPublish = await authorizer.CanPublishAsync(user, item);
        if (publishing && !canPublish)
        {
            return new EditOpening(EditOutcome.Forbidden, null);
        }

        var canDelete = item is not null && await authorizer.CanDeleteAsync(user, item);
        return new EditOpening(EditOutcome.Succeeded, new EditSession(user.Identity!.Name!, item, canPublish, canDelete));
    }

    /// <summary>
    /// Creates the item or writes a new version of it, published, scheduled or as a draft. A scheduled publication is
    /// checked against the publishing rules now, while the editor can still fix it, not when its time comes.
    /// </summary>
    public async Task<EditResult> SaveAsync(EditSession session, ContentSave save, CancellationToken cancellationToken)
    {
        if ((save.Publish || save.Schedule is not null) && !session.CanPublish)
        {
            return EditResult.Forbidden;
        }

        var item = session.Item;
        if (item is not null && !IsSeen(item, save.Seen))
        {
            return EditResult.Conflict(CoreTexts["Content_Conflict"]);
        }

        var contentType = item?.ContentType ?? save.ContentType ?? throw new ArgumentException("A new item needs its content type.", nameof(save));
        if (save.Schedule?.PublishUtc is not null)
        {
            var errors = await readiness.CheckAsync(item ?? new ContentItem { ContentType = contentType }, save.Model, session.UserName);
            if (errors.Count > 0)
            {
                return EditResult.Invalid(errors);
            }
        }

        var result = item is null
            ? await contents.CreateAsync(contentType, save.Model, session.UserName, save.PublishesNow, cancellationToken: cancellationToken)
            : await contents.UpdateAsync(item.ItemId, save.Model, save.Seen!.ConcurrencyStamp!, session.UserName, save.PublishesNow, cancellationToken);
        if (result.Succeeded && save.Schedule is { } dates)
        {
            await schedules.SaveAsync(result.Item!.ItemId, dates.PublishUtc, dates.UnpublishUtc, session.UserName, cancellationToken);
        }

        return EditResult.From(result);
    }

    /// <summary>Publishes the latest version as it is stored.</summary>
    public async Task<EditResult> PublishAsync(EditSession session, CancellationToken cancellationToken) =>
        session.CanPublish
            ? EditResult.From(await contents.PublishAsync(Stored(session).ItemId, session.UserName, cancellationToken: cancellationToken))
            : EditResult.Forbidden;

    /// <summary>Takes the published version off the site; with <paramref name="seen"/>, only if the item is still as the caller saw it.</summary>
    public async Task<EditResult> UnpublishAsync(EditSession session, SeenVersion? seen, CancellationToken cancellationToken)
    {
        if (!session.CanPublish)
        {
            return EditResult.Forbidden;
        }

        var item = Stored(session);
        return seen is not null && !IsSeen(item, seen)
            ? EditResult.Conflict(CoreTexts["Content_Conflict"])
            : EditResult.From(await contents.UnpublishAsync(item.ItemId, session.UserName, cancellationToken));
    }

    /// <summary>Drops the draft over a published version, only if the item is still as the caller saw it.</summary>
    public async Task<EditResult> DiscardDraftAsync(EditSession session, SeenVersion seen, CancellationToken cancellationToken)
    {
        var item = Stored(session);
        return IsSeen(item, seen)
            ? EditResult.From(await contents.DiscardDraftAsync(item.ItemId, session.UserName, cancellationToken))
            : EditResult.Conflict(CoreTexts["Content_Conflict"]);
    }

    /// <summary>Removes the item from the site and the lists; its versions stay for the record.</summary>
    public async Task<EditResult> RemoveAsync(EditSession session, CancellationToken cancellationToken) =>
        session.CanDelete
            ? EditResult.From(await contents.RemoveAsync(Stored(session).ItemId, session.UserName, cancellationToken))
            : EditResult.Forbidden;

    private static ContentItem Stored(EditSession session) =>
        session.Item ?? throw new InvalidOperationException("Only a stored item can be published, unpublished, discarded or removed.");

    private static bool IsSeen(ContentItem item, SeenVersion? seen) =>
        seen is not null
        && (seen.VersionId is null || seen.VersionId == item.VersionId)
        && seen.ConcurrencyStamp == item.ConcurrencyStamp;
}
