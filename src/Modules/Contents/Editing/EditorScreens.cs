using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.Contents.Admin;
using Portal.Contents.Editors;
using Portal.Contents.Scheduling;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Core.Theming;

namespace Portal.Contents.Editing;

/// <summary>Everything the edit page reads to show an item, so the page itself only binds its form and shows.</summary>
public sealed class EditorScreens(
    ContentEditing editing,
    ContentTypeCatalog types,
    IContentManager contents,
    ContentSchedules schedules,
    SiteTime siteTime,
    PublicUrls urls,
    IStringLocalizer<ContentsResources> S)
{
    /// <summary>Opens the item (or a new one of <paramref name="contentType"/>) through <see cref="ContentEditing"/>, with its type's editor and state.</summary>
    public async Task<(EditOutcome Outcome, EditorScreen? Screen)> OpenAsync(
        ClaimsPrincipal user, string? itemId, string? contentType, bool publishing, CancellationToken cancellationToken)
    {
        // A new item's type comes from the address: without an editor there is no such page.
        if (itemId is null && (contentType is null || types.Editor(contentType) is null))
        {
            return (EditOutcome.NotFound, null);
        }

        var opening = await editing.OpenAsync(user, itemId, publishing, cancellationToken);
        if (opening.Session is not { } session)
        {
            return (opening.Outcome, null);
        }

        var item = session.Item;
        contentType = item?.ContentType ?? contentType!;
        if (types.Editor(contentType) is not { } editor)
        {
            return (EditOutcome.NotFound, null);
        }

        var name = types.Find(contentType)!.Name;
        var screen = new EditorScreen(session, editor, name, types.DisplayName(name), (await siteTime.ZoneAsync(cancellationToken)).Id);
        if (item is null)
        {
            return (EditOutcome.Succeeded, screen);
        }

        var published = item.Published ? item : await contents.GetAsync(item.ItemId, VersionOptions.Published, cancellationToken);
        var schedule = await schedules.GetAsync(item.ItemId, cancellationToken);
        return (EditOutcome.Succeeded, screen with
        {
            HasPublishedVersion = published is not null,
            Schedule = schedule,
            Status = ContentStatuses.Of(item.Published, published is not null, schedule?.PublishUtc is not null),
            PublishText = schedule?.PublishUtc is { } publish ? await siteTime.ShortDateTimeAsync(publish, cancellationToken) : null,
            UnpublishText = schedule?.UnpublishUtc is { } unpublish ? await siteTime.ShortDateTimeAsync(unpublish, cancellationToken) : null,
            PublicUrl = published is null ? null : urls.PathOf(published),
        });
    }

    /// <summary>The form filled from the stored item and schedule.</summary>
    public async Task<EditorForm> StoredFormAsync(EditorScreen screen, CancellationToken cancellationToken)
    {
        var model = StoredModel(screen);
        return new EditorForm(
            model,
            screen.Editor.CreateView(screen.Editor.BuildEditModel(model)),
            screen.Item?.VersionId,
            screen.Item?.ConcurrencyStamp,
            screen.Schedule?.PublishUtc is { } publish ? await siteTime.ToInputAsync(publish, cancellationToken) : null,
            screen.Schedule?.UnpublishUtc is { } unpublish ? await siteTime.ToInputAsync(unpublish, cancellationToken) : null);
    }

    /// <summary>The model as typed: the edit model applied over the stored one (or a new one).</summary>
    public object Applied(EditorScreen screen, object edit) => screen.Editor.Apply(edit, StoredModel(screen));

    /// <summary>What the page says after a save.</summary>
    public async Task<string> SavedMessageAsync(ContentSave save, CancellationToken cancellationToken) =>
        save.PublishesNow ? S["Edit_Published"].Value
        : save.Schedule?.PublishUtc is { } publishUtc ? S["Edit_Scheduled", await siteTime.ShortDateTimeAsync(publishUtc, cancellationToken)].Value
        : S["Edit_DraftSaved"].Value;

    private object StoredModel(EditorScreen screen) => screen.Item is null ? screen.Editor.NewModel() : contents.GetModel(screen.Item);
}
