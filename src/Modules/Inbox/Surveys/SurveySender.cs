using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Answers;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Surveys;

/// <summary>
/// Asks the citizen, on the channel of the request, how they were served. The survey row and its message commit
/// together, so a survey is sent once; the reminder is marked in the same way.
/// </summary>
internal sealed class SurveySender(IUnitOfWork unitOfWork, RequestAnswers answers, RequestLog log, PublicUrls urls, IStringLocalizer<InboxResources> S, TimeProvider clock)
{
    public async Task SendAsync(long requestId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var request = await db.Set<Request>().SingleAsync(r => r.Id == requestId, cancellationToken);
        if (request.State != RequestState.Closed || await db.Set<Survey>().AnyAsync(s => s.RequestId == request.Id && s.Cycle == request.Cycle, cancellationToken))
        {
            return;
        }

        var survey = new Survey { RequestId = request.Id, Cycle = request.Cycle, Token = RequestIntake.NewToken(), SentUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        await SendOnChannelAsync(request, survey, "Survey", MessagePurpose.Survey, cancellationToken);
    }

    public async Task RemindAsync(long surveyId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var survey = await db.Set<Survey>().SingleAsync(s => s.Id == surveyId, cancellationToken);
        if (survey.AnsweredUtc is not null || survey.RemindedUtc is not null)
        {
            return;
        }

        survey.RemindedUtc = clock.GetUtcNow().UtcDateTime;
        var request = await db.Set<Request>().SingleAsync(r => r.Id == survey.RequestId, cancellationToken);
        await SendOnChannelAsync(request, survey, "SurveyReminder", MessagePurpose.SurveyReminder, cancellationToken);
    }

    private async Task SendOnChannelAsync(Request request, Survey survey, string textKey, MessagePurpose purpose, CancellationToken cancellationToken)
    {
        var link = (await urls.KnownBaseAsync(cancellationToken) ?? "") + InboxPaths.Survey(survey.Token);
        var answerId = SystemAnswerIds.For($"{textKey}:{request.Reference}:{survey.Cycle}");
        var outcome = await answers.SendAsync(request, S[textKey, request.Reference, link], answerId, new AnswerAuthor(null, S["Author_Portal"]), purpose, cancellationToken);
        if (!outcome.Succeeded)
        {
            await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Warning, Detail = S["Survey_NotSent", string.Join(" ", outcome.Errors)] }, null, cancellationToken);
        }
    }
}
