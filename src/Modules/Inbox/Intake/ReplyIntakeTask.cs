using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Intake;

/// <summary>
/// Turns what citizens wrote on the public networks into requests, and our answers there into the requests'
/// outbound messages, each in its own transaction so one bad row never holds up the rest. A reaction is handled
/// once: its <see cref="Interaction.RequestId"/> and the unique message per interaction settle two nodes racing.
/// </summary>
internal sealed class ReplyIntakeTask : IBackgroundTask
{
    public const string TaskName = "Inbox.ReplyIntake";

    /// <summary>Reactions handled per run; the rest wait for the next, two seconds later.</summary>
    private const int BatchSize = 200;

    public string Name => TaskName;

    public string Schedule => "*/2 * * * * *";

    public string? Feature => Manifest.Feature;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var runner = services.GetRequiredService<IUnitOfWorkRunner>();

        var citizens = await db.Set<Interaction>().AsNoTracking()
            .Where(i => i.RequestId == null && !i.Mine && i.State != InteractionState.Dismissed)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in citizens)
        {
            await OnceAsync(runner, (intake, ct) => intake.ImportCitizenAsync(id, ct), cancellationToken);
        }

        // Our answers under a reaction that is part of a request, whether sent from the portal or typed on the network.
        var answers = await db.Set<Interaction>().AsNoTracking()
            .Where(i => i.RequestId == null && i.Mine && i.ParentRemoteId != null
                && db.Set<Interaction>().Any(p => p.ChannelId == i.ChannelId && p.RemoteId == i.ParentRemoteId && p.RequestId != null))
            .OrderBy(i => i.Id).Select(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in answers)
        {
            await OnceAsync(runner, (intake, ct) => intake.ImportAnswerAsync(id, ct), cancellationToken);
        }

        await runner.RunAsync((scope, ct) => scope.GetRequiredService<SocialDeliveryStates>().UpdateAsync(ct), cancellationToken);
    }

    /// <summary>Another node that took the same reaction first wins at the unique index; this one lets it go.</summary>
    private static async Task OnceAsync(IUnitOfWorkRunner runner, Func<ReplyIntake, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync((scope, ct) => work(scope.GetRequiredService<ReplyIntake>(), ct), cancellationToken);
        }
        catch (Exception ex) when (UniqueViolation.Is(ex))
        {
        }
    }
}
