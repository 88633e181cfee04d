using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;
using InboxRequest = Portal.Inbox.Requests.Request;

namespace Portal.Inbox.Surveys;

/// <summary>
/// The citizen's survey, reached only through its link: a score from 1 to 5, whether it was solved, and a comment.
/// Answered once; a second answer is refused with the first kept.
/// </summary>
public sealed class SurveyController(IUnitOfWork unitOfWork, RequestLog log, PageHead head, IStringLocalizer<InboxResources> S, TimeProvider clock) : Controller
{
    private const string Route = InboxPaths.SurveyPrefix + "/{token}";

    [HttpGet(Route)]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var found = await FindAsync(token, cancellationToken);
        return found is null ? NotFound() : Page(found.Value.Survey, found.Value.Reference, new SurveyForm(), []);
    }

    [HttpPost(Route)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Answer(string token, [FromForm] SurveyForm form, CancellationToken cancellationToken)
    {
        var found = await FindAsync(token, cancellationToken);
        if (found is not { } pair)
        {
            return NotFound();
        }

        var (survey, reference) = pair;
        if (survey.AnsweredUtc is not null)
        {
            return Page(survey, reference, form, []);
        }

        var errors = new List<string>();
        if (form.Score is not (>= 1 and <= 5))
        {
            errors.Add(S["Survey_ScoreRequired"]);
        }

        if (form.Comment is { Length: > Survey.CommentLength })
        {
            errors.Add(S["Survey_CommentTooLong", Survey.CommentLength]);
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(survey, reference, form, errors);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var tracked = await unitOfWork.Db.Set<Survey>().SingleAsync(s => s.Id == survey.Id, cancellationToken);
        tracked.Score = form.Score;
        tracked.Solved = form.Solved;
        tracked.Comment = string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment.Trim();
        tracked.AnsweredUtc = clock.GetUtcNow().UtcDateTime;
        var request = await unitOfWork.Db.Set<InboxRequest>().SingleAsync(r => r.Id == survey.RequestId, cancellationToken);
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.SurveyAnswered, Detail = tracked.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) }, null, cancellationToken);
        return RedirectToAction(nameof(Show), new { token });
    }

    private async Task<(Survey Survey, string Reference)?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length > InboxRequest.TokenLength)
        {
            return null;
        }

        var db = unitOfWork.Db;
        var found = await db.Set<Survey>().AsNoTracking().Where(s => s.Token == token)
            .Join(db.Set<InboxRequest>(), s => s.RequestId, r => r.Id, (s, r) => new { Survey = s, r.Reference })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Survey, found.Reference);
    }

    private ViewResult Page(Survey survey, string reference, SurveyForm form, IReadOnlyList<string> errors)
    {
        head.NoIndex = true;
        head.Breadcrumbs.Add(new Breadcrumb(S["Breadcrumb_Home"], "/"));
        head.Breadcrumbs.Add(new Breadcrumb(S["Survey_Title"]));
        return View("/Views/Surveys/Show.cshtml", new SurveyPage(survey.Token, reference, form, errors, survey.AnsweredUtc is not null));
    }
}
