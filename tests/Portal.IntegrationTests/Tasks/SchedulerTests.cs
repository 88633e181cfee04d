using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tasks;
using Portal.Testing;

namespace Portal.IntegrationTests.Tasks;

public sealed class SchedulerTests(SchedulerFixture fixture) : PortalTest<SchedulerFixture>(fixture), IClassFixture<SchedulerFixture>
{
    private TaskRecorder Recorder => Fixture.Recorder;

    private IBackgroundTaskTrigger Trigger => Host.Services.GetRequiredService<IBackgroundTaskTrigger>();

    [Fact]
    public async Task A_due_task_runs_on_its_schedule_and_the_run_is_recorded()
    {
        var before = Recorder.Runs("Test.EverySecond");

        await Recorder.WaitForRunsAsync("Test.EverySecond", before + 2);

        var lease = await TaskLeases.WaitForAsync(Host, "Test.EverySecond", l => l.LastRunUtc is not null, "a recorded run");
        Assert.Null(lease.LastError);
        Assert.NotNull(lease.LastDurationMs);
        Assert.True(lease.NextRunUtc > lease.LastRunUtc, $"The next run ({lease.NextRunUtc:O}) must follow the last one ({lease.LastRunUtc:O}).");
    }

    [Fact]
    public async Task Run_now_runs_a_task_that_is_never_due_and_commits_its_work()
    {
        var lease = await TaskLeases.ReadAsync(Host, "Test.Manual");
        Assert.NotNull(lease);
        Assert.Null(lease.NextRunUtc);
        var runs = Recorder.Runs("Test.Manual");
        var rows = await ManualTask.CountRowsAsync(Host);

        Trigger.RequestRun("Test.Manual");

        await Recorder.WaitForRunsAsync("Test.Manual", runs + 1);
        lease = await TaskLeases.WaitForAsync(Host, "Test.Manual", l => l.LastRunUtc is not null && l.Holder is null, "the run recorded and the lease freed");
        Assert.Null(lease.LastError);
        Assert.Null(lease.NextRunUtc);
        Assert.Equal(rows + 1, await ManualTask.CountRowsAsync(Host));
    }

    [Fact]
    public async Task Configuration_overrides_a_schedule_and_switches_a_task_off_while_a_missing_feature_keeps_another_off()
    {
        await Recorder.WaitForRunsAsync("Test.Overridden", 1);

        Trigger.RequestRun("Test.ConfigDisabled");
        Trigger.RequestRun("Test.FeatureGated");
        // The overridden task is the clock: while it runs three more times, the tasks that are off must not start.
        await Recorder.WaitForRunsAsync("Test.Overridden", Recorder.Runs("Test.Overridden") + 3);

        Assert.Equal(0, Recorder.Started("Test.ConfigDisabled"));
        Assert.Equal(0, Recorder.Started("Test.FeatureGated"));
    }

    [Fact]
    public void Asking_to_run_an_unknown_task_is_a_programming_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Trigger.RequestRun("Test.DoesNotExist"));

        Assert.Contains("Test.DoesNotExist", error.Message, StringComparison.Ordinal);
    }
}
