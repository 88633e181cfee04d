using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Answers;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Acknowledgements;

/// <summary>
/// The receipt a citizen gets on the channel they wrote on: the reference, when to expect an answer, and the link
/// to the request's status page. It quotes nothing of what they wrote, so a public receipt carries no personal data.
/// </summary>
internal sealed class RequestAcknowledgement(IUnitOfWork unitOfWork, RequestAnswers answers, RequestLog log, PublicUrls urls, IStringLocalizer<InboxResources> S)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    public async Task SendAsync(long requestId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var request = await unitOfWork.Db.Set<Request>().SingleAsync(r => r.Id == requestId, cancellationToken);
        if (request.AcknowledgedUtc is not null || request.State != RequestState.New)
        {
            return;
        }

        var text = await TextAsync(request, cancellationToken);
        var outcome = await answers.SendAsync(request, text, AnswerId(request), new AnswerAuthor(null, S["Author_Portal"]), MessagePurpose.Acknowledgement, cancellationToken);
        if (!outcome.Succeeded)
        {
            // Not sent (the channel is off, the answer too long for it): staff see why in the log and answer themselves.
            await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Warning, Detail = Cut(S["Acknowledgement_NotSent", string.Join(" ", outcome.Errors)]) }, null, cancellationToken);
        }

        request.AcknowledgedUtc = request.UpdatedUtc;
        await log.ChangeStateAsync(request, RequestState.Acknowledged, null, null, cancellationToken);
    }

    public async Task<string> TextAsync(Request request, CancellationToken cancellationToken)
    {
        var link = (await urls.KnownBaseAsync(cancellationToken) ?? "") + InboxPaths.PublicStatus(request.PublicToken);
        return request.FirstResponseDueUtc is { } due
            ? S["Acknowledgement_WithDate", request.Reference, Madrid.ToLocal(due).ToString("dddd d 'de' MMMM", Spanish), link]
            : S["Acknowledgement", request.Reference, link];
    }

    private static string AnswerId(Request request) => SystemAnswerIds.For("acknowledgement:" + request.Reference);

    private static string Cut(string text) => text.Length <= RequestEvent.DetailLength ? text : text[..RequestEvent.DetailLength];
}
