using Microsoft.Extensions.Localization;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Privacy;

/// <summary>
/// Scans every citizen's message as it arrives, in the transaction that stores it, so nothing can show or send it
/// before it is flagged. Every channel is scanned, not only the public ones: a private message's words can still
/// travel to a public answer or page later, and staff handling a WhatsApp message want to see the same badges. Only
/// the kinds are stored; "Pasar a privado" is offered for the public channels alone.
/// </summary>
internal sealed class PersonalDataObserver(IStringLocalizer<InboxResources> S) : IRequestObserver
{
    public int Order => RequestObserverOrder.Privacy;

    public Task OnChangeAsync(RequestChange change, CancellationToken cancellationToken)
    {
        if (change is not { Event.Kind: RequestEventKind.Created or RequestEventKind.MessageReceived, Message: { Direction: MessageDirection.Inbound } message })
        {
            return Task.CompletedTask;
        }

        var findings = PersonalDataDetector.Find(message.Text);
        var kinds = findings.Select(f => f.Kind).Distinct().Order().ToList();
        if (kinds.Count > 0)
        {
            // The list, the page title and the browser's history show the subject: it must not carry the data.
            if (change.Event.Kind == RequestEventKind.Created)
            {
                change.Request.Subject = RequestIntake.SubjectOf(Redaction.Apply(message.Text, [.. findings.Select(f => new RedactionSpan(f.Start, f.Length))], S["Redaction_Marker"]));
            }

            message.PersonalData = true;
            change.Request.PersonalData = true;
            change.Db.Add(new PersonalDataFlag { MessageId = message.Id, RequestId = change.Request.Id, Kinds = PersonalDataFlag.Join(kinds) });
        }

        return Task.CompletedTask;
    }
}
