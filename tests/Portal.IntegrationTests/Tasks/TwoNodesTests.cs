using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tasks;
using Portal.Testing;

namespace Portal.IntegrationTests.Tasks;

/// <summary>Two (or three) hosts on one database, as two nodes of one site behind a load balancer.</summary>
public sealed class TwoNodesTests(TwoNodesFixture fixture) : PortalTest<TwoNodesFixture>(fixture), IClassFixture<TwoNodesFixture>
{
    private TaskRecorder Recorder => Fixture.Recorder;

    [Fact]
    public async Task Two_nodes_never_run_one_task_at_once_even_when_a_run_outlasts_the_lease()
    {
        // Due every second on both nodes, and each run holds longer than the lease: only renewal keeps the other node out.
        await Recorder.WaitForRunsAsync("Test.LongProbe", 4);

        Assert.Equal(1, Recorder.MaxConcurrent("Test.LongProbe"));
    }

    [Fact]
    public async Task Requests_on_both_nodes_run_one_after_the_other()
    {
        var runs = Recorder.Runs("Test.RequestedProbe");

        Trigger(Host).RequestRun("Test.RequestedProbe");
        Trigger(Fixture.Second).RequestRun("Test.RequestedProbe");

        await Recorder.WaitForRunsAsync("Test.RequestedProbe", runs + 2);
        Assert.Equal(1, Recorder.MaxConcurrent("Test.RequestedProbe"));
        Assert.Equal(2, Recorder.Hosts("Test.RequestedProbe").Count);
    }

    [Fact]
    public async Task Stopping_a_node_mid_run_cancels_the_run_and_frees_the_lease()
    {
        var started = Recorder.Started("Test.Blocking");
        var third = Fixture.StartAnotherHost();
        try
        {
            Trigger(third).RequestRun("Test.Blocking");
            await Recorder.WaitForStartAsync("Test.Blocking", started + 1);
        }
        finally
        {
            await third.DisposeAsync();
        }

        Assert.Equal(1, Recorder.Cancelled("Test.Blocking"));
        var lease = await TaskLeases.ReadAsync(Host, "Test.Blocking");
        Assert.NotNull(lease);
        Assert.Null(lease.Holder);
        Assert.Null(lease.LeaseUntilUtc);
        Assert.Null(lease.LastError);
    }

    private static IBackgroundTaskTrigger Trigger(PortalHost host) => host.Services.GetRequiredService<IBackgroundTaskTrigger>();
}
