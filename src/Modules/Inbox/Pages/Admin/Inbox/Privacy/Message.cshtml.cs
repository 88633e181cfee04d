using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Localization;
using Portal.Inbox.Privacy;

namespace Portal.Inbox.Pages.Admin.Inbox.Privacy;

/// <summary>
/// One message with its privacy controls: the personal-data badges, striking spans out (HandleRequests and a request
/// the person may change), reading the original (ReadOriginals; every reading is logged) and "Pasar a privado".
/// A request outside the person's scope is not found, whatever they hold.
/// </summary>
[Authorize]
public sealed class MessageModel(RedactionPanel panel, Redaction redaction, MoveToPrivate moveToPrivate, IStringLocalizer<InboxResources> S) : PageModel
{
    public RedactionView View { get; private set; } = null!;

    /// <summary>The original text, once a permitted person asked for it.</summary>
    public string? Original { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long messageId, CancellationToken cancellationToken) =>
        await LoadAsync(messageId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetOriginalAsync(long messageId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(messageId, cancellationToken))
        {
            return NotFound();
        }

        if (!View.CanReadOriginal)
        {
            return Forbid();
        }

        Original = await redaction.ReadOriginalAsync(View.Request, View.Message, UserId, cancellationToken);
        return Page();
    }

    /// <summary>Spans come as "start:length" (the finding boxes and the page's selection script send them so).</summary>
    public async Task<IActionResult> OnPostRedactAsync(long messageId, string[]? span, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(messageId, cancellationToken))
        {
            return NotFound();
        }

        if (!View.CanRedact)
        {
            return Forbid();
        }

        var spans = Parse(span ?? []);
        Errors = spans is null ? [S["Redaction_BadSpan"]] : await redaction.RedactAsync(View.Request, View.Message, spans, UserId, cancellationToken);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = S.Plural("Redaction_Done", spans!.Count).Value;
        return RedirectToPage(new { messageId });
    }

    public async Task<IActionResult> OnPostMoveToPrivateAsync(long messageId, string? answerId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(messageId, cancellationToken))
        {
            return NotFound();
        }

        if (!View.CanMoveToPrivate)
        {
            return Forbid();
        }

        var result = await moveToPrivate.RunAsync(View.Request, UserId, User.Identity?.Name ?? "", answerId ?? "", cancellationToken);
        if (result.Error is { } error)
        {
            Errors = [error];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = S["MoveToPrivate_Done"].Value;
        return RedirectToPage(new { messageId });
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<bool> LoadAsync(long messageId, CancellationToken cancellationToken)
    {
        if (await panel.LoadAsync(messageId, User, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }

    private static List<RedactionSpan>? Parse(string[] values)
    {
        var spans = new List<RedactionSpan>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            var parts = value.Split(':');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var length))
            {
                return null;
            }

            spans.Add(new RedactionSpan(start, length));
        }

        return spans;
    }
}
