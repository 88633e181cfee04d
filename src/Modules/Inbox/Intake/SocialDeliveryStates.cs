using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Intake;

/// <summary>
/// Copies how far our answers on the public networks got (sent, or failed with the network's words) from their
/// deliveries to the requests' messages, so the thread shows it and the failure reaches the people who wrote it;
/// a sent answer marks what the citizen wrote before it answered on Syndication's Conversations page.
/// </summary>
internal sealed class SocialDeliveryStates(IUnitOfWork unitOfWork)
{
    private const int BatchSize = 500;

    public async Task UpdateAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var settled = await db.Set<RequestMessage>()
            .Where(m => m.Delivery == MessageDelivery.Pending && m.DeliveryId != null)
            .Join(db.Set<Delivery>().Where(d => d.State == DeliveryState.Sent || d.State == DeliveryState.Failed), m => m.DeliveryId, d => d.Id, (m, d) => new { Message = m, d.State, d.LastError })
            .OrderBy(row => row.Message.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (settled.Count == 0)
        {
            return;
        }

        await unitOfWork.BeginAsync(cancellationToken);
        foreach (var row in settled)
        {
            row.Message.Delivery = row.State == DeliveryState.Sent ? MessageDelivery.Sent : MessageDelivery.Failed;
            row.Message.DeliveryError = row.State == DeliveryState.Failed ? Cut(row.LastError) : null;
        }

        // An answer goes under the citizen's latest message, but it answers all they had written: on the
        // Conversations page none of it waits for staff any more. A receipt answers nothing.
        foreach (var answer in settled.Where(row => row.State == DeliveryState.Sent && !MessagePurposes.IsNotice(row.Message.Purpose)).Select(row => row.Message))
        {
            await db.Set<Interaction>()
                .Where(i => i.RequestId == answer.RequestId && !i.Mine && i.State == InteractionState.New && i.CreatedUtc <= answer.CreatedUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, InteractionState.Answered), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        InboxWake.AfterChange(unitOfWork);
    }

    private static string? Cut(string? error) => error is { Length: > RequestMessage.ErrorLength } ? error[..RequestMessage.ErrorLength] : error;
}
