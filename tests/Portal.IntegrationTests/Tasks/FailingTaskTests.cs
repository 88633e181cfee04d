using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Tasks;

public sealed class FailingTaskTests(FailingTaskFixture fixture) : PortalTest<FailingTaskFixture>(fixture), IClassFixture<FailingTaskFixture>
{
    [Fact]
    public async Task A_failing_task_records_its_error_and_stays_on_schedule()
    {
        ExpectLog(r => r.Category.EndsWith("BackgroundTaskScheduler", StringComparison.Ordinal) && r.Message.Contains("Test.Failing", StringComparison.Ordinal));

        var lease = await TaskLeases.WaitForAsync(Host, "Test.Failing", l => l.LastError is not null, "an error recorded");
        Assert.Equal(FailingTask.Message, lease.LastError);
        Assert.NotNull(lease.NextRunUtc);

        await Fixture.Recorder.WaitForRunsAsync("Test.Failing", Fixture.Recorder.Runs("Test.Failing") + 2);
        using var client = await Host.SignedInClientAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/tareas", TestContext.Current.CancellationToken));
        Assert.Contains(FailingTask.Message, html, StringComparison.Ordinal);
    }
}
