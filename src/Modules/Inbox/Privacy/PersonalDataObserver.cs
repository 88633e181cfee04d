using Portal.Inbox.Requests;

namespace Portal.Inbox.Privacy;

/// <summary>
/// Scans every citizen's message as it arrives, in the transaction that stores it, so nothing can show or send it
/// before it is flagged. Every channel is scanned, not only the public ones: a private message's words can still
/// travel to a public answer or page later, and staff handling a WhatsApp message want to see the same badges. Only
/// the kinds are stored; "Pasar a privado" is offered for the public channels alone.
/// </summary>
internal sealed class PersonalDataObserver : IRequestObserver
{
    public int Order => RequestObserverOrder.Privacy;

    public Task OnChangeAsync(RequestChange change, CancellationToken cancellationToken)
    {
        if (change is not { Event.Kind: RequestEventKind.Created or RequestEventKind.MessageReceived, Message: { Direction: MessageDirection.Inbound } message })
        {
            return Task.CompletedTask;
        }

        var kinds = PersonalDataDetector.KindsIn(message.Text);
        if (kinds.Count > 0)
        {
            message.PersonalData = true;
            change.Request.PersonalData = true;
            change.Db.Add(new PersonalDataFlag { MessageId = message.Id, RequestId = change.Request.Id, Kinds = PersonalDataFlag.Join(kinds) });
        }

        return Task.CompletedTask;
    }
}
