using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;
using InboxRequest = Portal.Inbox.Requests.Request;

namespace Portal.Inbox.Status;

/// <summary>
/// A request's public status page, reached only through its unguessable link: the reference, where it stands, who
/// handles it, its dates and the public answer, never personal data (the link may have been posted in a public
/// thread). Its form lets the citizen go on in private: what they write joins the request as a web-form message.
/// </summary>
public sealed class StatusController(IUnitOfWork unitOfWork, RequestIntake intake, PageHead head, IStringLocalizer<InboxResources> S, TimeProvider clock) : Controller
{
    private const string Route = InboxPaths.PublicStatusPrefix + "/{token}";

    [HttpGet(Route)]
    public async Task<IActionResult> Show(string token, bool sent, CancellationToken cancellationToken)
    {
        var request = await FindAsync(token, cancellationToken);
        return request is null ? NotFound() : await PageAsync(request, new PrivateMessageForm(), [], sent, cancellationToken);
    }

    [HttpPost(Route)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Write(string token, [FromForm] PrivateMessageForm form, CancellationToken cancellationToken)
    {
        var request = await FindAsync(token, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        // Filled only by robots, which are told it went well and store nothing.
        if (!string.IsNullOrEmpty(form.Website))
        {
            return RedirectToAction(nameof(Show), new { token, sent = true });
        }

        var errors = Validate(form);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(request, form, errors, sent: false, cancellationToken);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var tracked = await unitOfWork.Db.Set<InboxRequest>().SingleAsync(r => r.Id == request.Id, cancellationToken);
        var contact = ContactOf(form.Contact);
        var author = S["Status_PrivateAuthor"].Value;
        if (contact is not null && tracked.PersonId is { } personId)
        {
            await AddHandleAsync(personId, contact, cancellationToken);
        }

        var text = form.Text!.Trim() + (form.Contact is { Length: > 0 } given ? "\n\n" + S["Status_PrivateContact", given.Trim()] : "");
        await intake.AppendAsync(tracked, new InboundMessage(InboxChannel.WebForm, clock.GetUtcNow().UtcDateTime, text, author), cancellationToken);
        return RedirectToAction(nameof(Show), new { token, sent = true });
    }

    private List<string> Validate(PrivateMessageForm form)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(form.Text))
        {
            errors.Add(S["Status_TextRequired"]);
        }
        else if (form.Text.Length > PrivateMessageForm.TextLength)
        {
            errors.Add(S["Status_TextTooLong", PrivateMessageForm.TextLength]);
        }

        if (form.Contact is { Length: > PrivateMessageForm.ContactLength })
        {
            errors.Add(S["Status_ContactTooLong", PrivateMessageForm.ContactLength]);
        }

        return errors;
    }

    /// <summary>An e-mail or a phone the citizen gave to be answered at: kept unverified, never merged with anyone on its own.</summary>
    private static SenderHandle? ContactOf(string? contact)
    {
        var value = contact?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.Contains('@', StringComparison.Ordinal)
            ? new SenderHandle(HandleKind.Email, "", value.ToLowerInvariant(), value, Verified: false)
            : new SenderHandle(HandleKind.Phone, "", new string([.. value.Where(c => char.IsAsciiDigit(c) || c == '+')]), value, Verified: false);
    }

    private async Task AddHandleAsync(long personId, SenderHandle contact, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (contact.Value.Length == 0 || await db.Set<PersonHandle>().AnyAsync(h => h.Kind == contact.Kind && h.Network == "" && h.Value == contact.Value, cancellationToken))
        {
            return;
        }

        db.Add(new PersonHandle { PersonId = personId, Kind = contact.Kind, Network = "", Value = contact.Value, Display = contact.Display, Verified = false });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<InboxRequest?> FindAsync(string token, CancellationToken cancellationToken) =>
        token.Length > InboxRequest.TokenLength ? null : await unitOfWork.Db.Set<InboxRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.PublicToken == token, cancellationToken);

    private async Task<ViewResult> PageAsync(InboxRequest request, PrivateMessageForm form, IReadOnlyList<string> errors, bool sent, CancellationToken cancellationToken)
    {
        var unit = request.UnitId is { } unitId ? await unitOfWork.Db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) : null;
        head.NoIndex = true;
        head.Breadcrumbs.Add(new Breadcrumb(S["Breadcrumb_Home"], "/"));
        head.Breadcrumbs.Add(new Breadcrumb(S["Status_Title", request.Reference]));
        var page = new StatusPage(request.PublicToken, request.Reference, request.State, unit, request.CreatedUtc, request.FirstResponseDueUtc, request.ClosedUtc,
            request.PublicAnswer, form, errors, sent);
        return View("/Views/Status/Show.cshtml", page);
    }
}
