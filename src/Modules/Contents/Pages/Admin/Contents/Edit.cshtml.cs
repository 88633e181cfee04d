using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Contents.Editing;
using Portal.Contents.Scheduling;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>
/// The edit form of any content type: the type's editor renders and binds its fields, <see cref="ContentEditing"/>
/// decides and writes (versions, concurrency, publishing, the schedule). New items post to "/admin/contenidos/nuevo/{type}".
/// </summary>
[AuthorizePermission(Permissions.ViewContentName)]
public sealed class EditModel(
    ContentEditing editing,
    EditorScreens screens,
    EditorExtrasBuilder extras,
    ScheduleForm scheduleForm,
    IStringLocalizer<ContentsResources> S) : PageModel
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

    /// <summary>The item, its type's editor and what the user may do with it.</summary>
    public EditorScreen Screen { get; private set; } = null!;

    /// <summary>The editor partial's model.</summary>
    public object EditorView { get; private set; } = null!;

    /// <summary>The plain-language panel, the feedback summary and the modules' notes.</summary>
    public EditorExtras Extras { get; private set; } = null!;

    /// <summary>Someone saved the item after this form was loaded: the form keeps what the user typed.</summary>
    public bool Conflict { get; private set; }

    private SeenVersion Seen => new(VersionId, ConcurrencyStamp);

    public async Task<IActionResult> OnGetAsync(string? itemId, string? contentType, CancellationToken cancellationToken) =>
        await OpenAsync(itemId, contentType, publishing: false, cancellationToken) ?? await ShowStoredAsync(error: null, cancellationToken);

    /// <summary>The panel's results for the texts as typed, for editor.js; nothing is saved.</summary>
    public async Task<IActionResult> OnPostReadabilityAsync(string? itemId, string? contentType, CancellationToken cancellationToken)
    {
        var refused = await OpenAsync(itemId, contentType, publishing: false, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var panel = await extras.PanelAsync(screens.Applied(Screen, await BindEditAsync()), cancellationToken);
        return panel is null ? NotFound() : Partial("/Views/Parts/ReadabilityResults.cshtml", panel);
    }

    public Task<IActionResult> OnPostSaveAsync(string? itemId, string? contentType, CancellationToken cancellationToken) =>
        SaveAsync(itemId, contentType, publishRequested: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string? itemId, string? contentType, CancellationToken cancellationToken) =>
        SaveAsync(itemId, contentType, publishRequested: true, cancellationToken);

    public async Task<IActionResult> OnPostUnpublishAsync(string itemId, CancellationToken cancellationToken) =>
        await OpenAsync(itemId, null, publishing: true, cancellationToken)
        ?? await AfterStoredChangeAsync(await editing.UnpublishAsync(Screen.Session, Seen, cancellationToken), S["Edit_Unpublished"], cancellationToken);

    public async Task<IActionResult> OnPostDiscardAsync(string itemId, CancellationToken cancellationToken) =>
        await OpenAsync(itemId, null, publishing: false, cancellationToken)
        ?? await AfterStoredChangeAsync(await editing.DiscardDraftAsync(Screen.Session, Seen, cancellationToken), S["Edit_DraftDiscarded"], cancellationToken);

    private async Task<IActionResult> SaveAsync(string? itemId, string? contentType, bool publishRequested, CancellationToken cancellationToken)
    {
        // Without the publish permission the schedule is neither shown nor changed; posting one is refused.
        var scheduleTyped = !string.IsNullOrWhiteSpace(PublishAt) || !string.IsNullOrWhiteSpace(UnpublishAt);
        var refused = await OpenAsync(itemId, contentType, publishing: publishRequested || scheduleTyped, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var editor = Screen.Editor;
        var edit = await BindEditAsync();
        if (editor.ApplyCommand(edit))
        {
            // Rows moved: posted values are keyed by the old positions, so the form shows from the edit model.
            ModelState.Clear();
            EditorView = editor.CreateView(edit);
            return await ShowAsync(shownModel: null, cancellationToken);
        }

        editor.Validate(edit, ModelState, Prefix);
        EditorView = editor.CreateView(edit);
        var model = screens.Applied(Screen, edit);
        var dates = Screen.CanPublish
            ? await scheduleForm.ValidateAsync(PublishAt, UnpublishAt, Screen.Schedule, ModelState, nameof(PublishAt), nameof(UnpublishAt), cancellationToken)
            : null;
        if (!ModelState.IsValid)
        {
            return await ShowAsync(model, cancellationToken);
        }

        var save = new ContentSave(model, publishRequested) { ContentType = Screen.ContentType, Seen = Seen, Schedule = dates };
        var result = await editing.SaveAsync(Screen.Session, save, cancellationToken);
        if (result.Outcome == EditOutcome.Forbidden)
        {
            return Forbid();
        }

        if (!result.Succeeded)
        {
            Conflict = result.Outcome == EditOutcome.Conflict;
            AddErrors(result.Errors);
            return await ShowAsync(model, cancellationToken);
        }

        TempData["Message"] = await screens.SavedMessageAsync(save, cancellationToken);
        return Redirect(EditUrl(result.Item!.ItemId));
    }

    /// <summary>Unpublish and discard act on the stored item, never on unsaved typing, and only on the version the user saw.</summary>
    private async Task<IActionResult> AfterStoredChangeAsync(EditResult result, string message, CancellationToken cancellationToken)
    {
        var itemId = Screen.Item!.ItemId;
        if (result.Succeeded)
        {
            TempData["Message"] = message;
            return Redirect(EditUrl(itemId));
        }

        if (result.Outcome == EditOutcome.Forbidden)
        {
            return Forbid();
        }

        // The stored item may have moved on: show it as it is now, with the reason.
        return await OpenAsync(itemId, null, publishing: false, cancellationToken)
            ?? await ShowStoredAsync(result.Errors[0].Message, cancellationToken);
    }

    /// <summary>Fills the form from the stored item and schedule, replacing anything posted, and shows it.</summary>
    private async Task<PageResult> ShowStoredAsync(string? error, CancellationToken cancellationToken)
    {
        var form = await screens.StoredFormAsync(Screen, cancellationToken);
        EditorView = form.View;
        VersionId = form.VersionId;
        ConcurrencyStamp = form.ConcurrencyStamp;
        PublishAt = form.PublishAt;
        UnpublishAt = form.UnpublishAt;
        ModelState.Clear();
        if (error is not null)
        {
            ModelState.AddModelError("", error);
        }

        return await ShowAsync(form.Model, cancellationToken);
    }

    /// <summary>Every showing of the page carries, once, what it shows beside the form.</summary>
    /// <param name="shownModel">The model the form shows, stored or as typed: what the panel reads.</param>
    private async Task<PageResult> ShowAsync(object? shownModel, CancellationToken cancellationToken)
    {
        Extras = await extras.BuildAsync(Screen.Item, shownModel, cancellationToken);
        return Page();
    }

    private async Task<object> BindEditAsync()
    {
        var edit = Screen.Editor.NewEditModel();
        await TryUpdateModelAsync(edit, Screen.Editor.EditModelType, Prefix);
        return edit;
    }

    private void AddErrors(IEnumerable<ContentError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : Prefix + "." + Screen.Editor.EditFieldFor(error.Field), error.Message);
        }
    }

    /// <summary>Opens the item (or a new one) with its editor; returns a refusal when the page must not show.</summary>
    private async Task<IActionResult?> OpenAsync(string? itemId, string? contentType, bool publishing, CancellationToken cancellationToken)
    {
        var (outcome, screen) = await screens.OpenAsync(User, itemId, contentType, publishing, cancellationToken);
        if (screen is null)
        {
            return outcome == EditOutcome.Forbidden ? Forbid() : NotFound();
        }

        Screen = screen;
        return null;
    }

    public static string EditUrl(string itemId) => "/admin/contenidos/" + itemId;
}
