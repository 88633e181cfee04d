using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Contents.Admin;
using Portal.Contents.Editors;
using Portal.Contents.Feedback;
using Portal.Contents.Readability;
using Portal.Contents.Scheduling;
using Portal.Contents.Security;
using Portal.Contents.Time;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>
/// The edit form of any content type: the type's editor renders and applies its fields, this page handles
/// versions, concurrency, publishing and the schedule. New items post to "/admin/contenidos/nuevo/{type}".
/// </summary>
[AuthorizePermission(Permissions.ViewContentName)]
public sealed class EditModel(
    IContentManager contents,
    ContentTypeCatalog types,
    ContentAuthorizer authorizer,
    ContentSchedules schedules,
    ScheduleForm scheduleForm,
    PublishReadiness readiness,
    SiteTime siteTime,
    IEnumerable<IContentUrlProvider> urls,
    ReadabilityPanelBuilder readability,
    FeedbackQuery feedback,
    IEnumerable<IEditorNoteProvider> noteProviders,
    IStringLocalizer<ContentsResources> S,
    IStringLocalizer<CoreResources> CoreTexts) : PageModel
{
    /// <summary>The type's fields are bound as "Edit.X".</summary>
    public const string Prefix = "Edit";

    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    /// <summary>"Publicar el", as typed in a datetime-local input in the site's time zone.</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    [BindProperty]
    public string? UnpublishAt { get; set; }

    /// <summary>The latest version; null while creating.</summary>
    public ContentItem? Item { get; private set; }

    public string ContentType { get; private set; } = "";

    public string TypeName { get; private set; } = "";

    public IContentEditor Editor { get; private set; } = null!;

    /// <summary>The editor partial's model.</summary>
    public object EditorView { get; private set; } = null!;

    public bool CanPublish { get; private set; }

    public bool CanDelete { get; private set; }

    public bool HasPublishedVersion { get; private set; }

    public ContentStatus Status { get; private set; }

    public ContentSchedule? Schedule { get; private set; }

    public string? PublishText { get; private set; }

    public string? UnpublishText { get; private set; }

    public string? PublicUrl { get; private set; }

    /// <summary>What other modules say about the item (where it was shared, …).</summary>
    public List<EditorNote> Notes { get; } = [];

    public string TimeZoneName { get; private set; } = "";

    /// <summary>The plain-language panel, for the texts as shown in the form; null for types without citizen texts.</summary>
    public ReadabilityPanel? Panel { get; private set; }

    /// <summary>What citizens answered about the item's pages; null while creating.</summary>
    public FeedbackSummary? Feedback { get; private set; }

    /// <summary>The model the form shows, stored or as typed: what the panel reads.</summary>
    private object? _shownModel;

    /// <summary>Someone saved the item after this form was loaded: the form keeps what the user typed.</summary>
    public bool Conflict { get; private set; }

    private string UserName => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(string? itemId, string? contentType, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(itemId, contentType, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        await ShowStoredAsync(cancellationToken);
        return Page();
    }

    /// <summary>The panel's results for the texts as typed, for editor.js; nothing is saved.</summary>
    public async Task<IActionResult> OnPostReadabilityAsync(string? itemId, string? contentType, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(itemId, contentType, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var edit = Activator.CreateInstance(Editor.EditModelType)!;
        await TryUpdateModelAsync(edit, Editor.EditModelType, Prefix);
        var panel = await readability.BuildAsync(Editor.Apply(edit, Item is null ? Editor.NewModel() : contents.GetModel(Item)), cancellationToken);
        return panel is null ? NotFound() : Partial("/Views/Parts/ReadabilityResults.cshtml", panel);
    }

    /// <summary>Every page this model shows gets the panel for the texts in its form, the feedback summary and the modules' notes.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Result is PageResult && _shownModel is not null)
        {
            Panel = await readability.BuildAsync(_shownModel, HttpContext.RequestAborted);
            Feedback = Item is null ? null : await feedback.SummaryAsync(Item.ItemId, HttpContext.RequestAborted);
        }

        // Once per page shown: not for the readability requests made while typing, nor twice when a refusal reloads the item.
        if (executed.Result is PageResult && Item is not null)
        {
            foreach (var provider in noteProviders)
            {
                Notes.AddRange(await provider.GetAsync(Item, HttpContext.RequestAborted));
            }
        }
    }

    public Task<IActionResult> OnPostSaveAsync(string? itemId, string? contentType, CancellationToken cancellationToken) =>
        SaveAsync(itemId, contentType, publishRequested: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string? itemId, string? contentType, CancellationToken cancellationToken) =>
        SaveAsync(itemId, contentType, publishRequested: true, cancellationToken);

    public async Task<IActionResult> OnPostUnpublishAsync(string itemId, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(itemId, null, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        return await ActOnStoredAsync(() => contents.UnpublishAsync(Item!.ItemId, UserName, cancellationToken), S["Edit_Unpublished"], cancellationToken);
    }

    public async Task<IActionResult> OnPostDiscardAsync(string itemId, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(itemId, null, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        return await ActOnStoredAsync(() => contents.DiscardDraftAsync(Item!.ItemId, UserName, cancellationToken), S["Edit_DraftDiscarded"], cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(string? itemId, string? contentType, bool publishRequested, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(itemId, contentType, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        // Without the publish permission the schedule is neither shown nor changed; posting one is refused.
        var scheduleTyped = !string.IsNullOrWhiteSpace(PublishAt) || !string.IsNullOrWhiteSpace(UnpublishAt);
        if (!CanPublish && (publishRequested || scheduleTyped))
        {
            return Forbid();
        }

        var edit = Activator.CreateInstance(Editor.EditModelType)!;
        await TryUpdateModelAsync(edit, Editor.EditModelType, Prefix);
        if (Editor.ApplyCommand(edit))
        {
            // Rows moved: posted values are keyed by the old positions, so the form shows from the edit model.
            ModelState.Clear();
            EditorView = Editor.CreateView(edit);
            return Page();
        }

        Editor.Validate(edit, ModelState, Prefix);
        EditorView = Editor.CreateView(edit);
        _shownModel = Editor.Apply(edit, Item is null ? Editor.NewModel() : contents.GetModel(Item));
        var dates = CanPublish
            ? await scheduleForm.ValidateAsync(PublishAt, UnpublishAt, Schedule, ModelState, nameof(PublishAt), nameof(UnpublishAt), cancellationToken)
            : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Item is not null && (Item.VersionId != VersionId || Item.ConcurrencyStamp != ConcurrencyStamp))
        {
            return ShowConflict(CoreTexts["Content_Conflict"]);
        }

        var model = _shownModel;
        if (dates?.PublishUtc is not null)
        {
            var target = Item ?? new ContentItem { ContentType = ContentType };
            var errors = await readiness.CheckAsync(target, model, UserName);
            if (errors.Count > 0)
            {
                AddErrors(errors);
                return Page();
            }
        }

        // A publication date turns "Publicar" into "programar": the version waits as a draft until then.
        var publishNow = publishRequested && dates?.PublishUtc is null;
        var result = Item is null
            ? await contents.CreateAsync(ContentType, model, UserName, publishNow, cancellationToken: cancellationToken)
            : await contents.UpdateAsync(Item.ItemId, model, ConcurrencyStamp!, UserName, publishNow, cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Outcome == ContentOutcome.Conflict)
            {
                return ShowConflict(result.Errors[0].Message);
            }

            AddErrors(result.Errors);
            return Page();
        }

        var saved = result.Item!;
        if (dates is not null)
        {
            await schedules.SaveAsync(saved.ItemId, dates.PublishUtc, dates.UnpublishUtc, UserName, cancellationToken);
        }

        TempData["Message"] = publishNow ? S["Edit_Published"].Value
            : dates?.PublishUtc is { } publishUtc ? S["Edit_Scheduled", await siteTime.ShortDateTimeAsync(publishUtc, cancellationToken)].Value
            : S["Edit_DraftSaved"].Value;
        return Redirect(EditUrl(saved.ItemId));
    }

    /// <summary>Unpublish and discard act on the stored item, never on unsaved typing, and only on the version the user saw.</summary>
    private async Task<IActionResult> ActOnStoredAsync(Func<Task<Portal.Core.Content.ContentResult>> operation, string message, CancellationToken cancellationToken)
    {
        if (Item!.VersionId != VersionId || Item.ConcurrencyStamp != ConcurrencyStamp)
        {
            return await ShowStoredWithErrorAsync(CoreTexts["Content_Conflict"], cancellationToken);
        }

        var result = await operation();
        if (!result.Succeeded)
        {
            return await ShowStoredWithErrorAsync(result.Errors[0].Message, cancellationToken);
        }

        TempData["Message"] = message;
        return Redirect(EditUrl(Item.ItemId));
    }

    private async Task<IActionResult> ShowStoredWithErrorAsync(string message, CancellationToken cancellationToken)
    {
        // The stored item may have moved on: show it as it is now, with the reason.
        var refused = await LoadAsync(Item!.ItemId, null, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        await ShowStoredAsync(cancellationToken);
        ModelState.AddModelError("", message);
        return Page();
    }

    private PageResult ShowConflict(string message)
    {
        Conflict = true;
        ModelState.AddModelError("", message);
        return Page();
    }

    /// <summary>Fills the form from the stored item and schedule, replacing anything posted.</summary>
    private async Task ShowStoredAsync(CancellationToken cancellationToken)
    {
        _shownModel = Item is null ? Editor.NewModel() : contents.GetModel(Item);
        EditorView = Editor.CreateView(Editor.BuildEditModel(_shownModel));
        VersionId = Item?.VersionId;
        ConcurrencyStamp = Item?.ConcurrencyStamp;
        PublishAt = Schedule?.PublishUtc is { } publish ? await siteTime.ToInputAsync(publish, cancellationToken) : null;
        UnpublishAt = Schedule?.UnpublishUtc is { } unpublish ? await siteTime.ToInputAsync(unpublish, cancellationToken) : null;
        ModelState.Clear();
    }

    private void AddErrors(IEnumerable<ContentError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : Prefix + "." + Editor.EditFieldFor(error.Field), error.Message);
        }
    }

    /// <summary>Loads the item, its editor and what the user may do; returns a refusal when the page must not show.</summary>
    private async Task<IActionResult?> LoadAsync(string? itemId, string? contentType, CancellationToken cancellationToken)
    {
        if (itemId is not null)
        {
            Item = await contents.GetAsync(itemId, VersionOptions.Latest, cancellationToken);
            if (Item is null)
            {
                return NotFound();
            }

            contentType = Item.ContentType;
        }

        if (contentType is null || types.Editor(contentType) is not { } editor)
        {
            return NotFound();
        }

        Editor = editor;
        ContentType = types.Find(contentType)!.Name;
        TypeName = types.DisplayName(ContentType);
        if (Item is null ? !await authorizer.CanCreateAsync(User) : !await authorizer.CanEditAsync(User, Item))
        {
            return Forbid();
        }

        CanPublish = await authorizer.CanPublishAsync(User, Item);
        CanDelete = Item is not null && await authorizer.CanDeleteAsync(User, Item);
        TimeZoneName = (await siteTime.ZoneAsync(cancellationToken)).Id;
        if (Item is null)
        {
            return null;
        }

        var published = Item.Published ? Item : await contents.GetAsync(Item.ItemId, VersionOptions.Published, cancellationToken);
        HasPublishedVersion = published is not null;
        Schedule = await schedules.GetAsync(Item.ItemId, cancellationToken);
        Status = ContentStatuses.Of(Item.Published, HasPublishedVersion, Schedule?.PublishUtc is not null);
        PublishText = Schedule?.PublishUtc is { } publish ? await siteTime.ShortDateTimeAsync(publish, cancellationToken) : null;
        UnpublishText = Schedule?.UnpublishUtc is { } unpublish ? await siteTime.ShortDateTimeAsync(unpublish, cancellationToken) : null;
        if (published is not null)
        {
            foreach (var provider in urls)
            {
                PublicUrl ??= await provider.GetUrlAsync(published, cancellationToken);
            }
        }

        return null;
    }

    public static string EditUrl(string itemId) => "/admin/contenidos/" + itemId;
}
