using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Tasks;

public sealed class TasksPageTests(SchedulerFixture fixture) : PortalTest<SchedulerFixture>(fixture), IClassFixture<SchedulerFixture>
{
    private const string Page = "/admin/tareas";

    private TaskRecorder Recorder => Fixture.Recorder;

    [Fact]
    public async Task The_page_lists_every_task_with_its_schedule_and_state()
    {
        using var client = await Host.SignedInClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Page, TestContext.Current.CancellationToken));

        foreach (var name in new[] { "Test.EverySecond", "Test.Manual", "Test.Overridden", "Test.ConfigDisabled", "Test.Toggled", "Test.FeatureGated" })
        {
            Assert.Contains($"<code>{name}</code>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<code>* * * * * *</code>", html, StringComparison.Ordinal);
        Assert.Contains("Desactivada en la configuración del servidor", html, StringComparison.Ordinal);
        Assert.Contains("Su funcionalidad está desactivada", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/tareas\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_now_on_the_page_runs_the_task()
    {
        using var client = await Host.SignedInClientAsync();
        var runs = Recorder.Runs("Test.Manual");

        using var response = await client.PostFormAsync(Page, [new("name", "Test.Manual")], Page + "?handler=Run");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Page, response.Headers.Location?.OriginalString);
        await Recorder.WaitForRunsAsync("Test.Manual", runs + 1);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Page, TestContext.Current.CancellationToken));
        Assert.Contains("Has pedido ejecutar la tarea «Test.Manual»", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_disabled_on_the_page_does_not_run_until_it_is_enabled_again()
    {
        using var client = await Host.SignedInClientAsync();
        await Recorder.WaitForRunsAsync("Test.Toggled", 1);

        using (var disabled = await client.PostFormAsync(Page, [new("name", "Test.Toggled")], Page + "?handler=Disable"))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        await TaskLeases.WaitForAsync(Host, "Test.Toggled", l => !l.Enabled && l.Holder is null, "switched off with no run under way");
        var started = Recorder.Started("Test.Toggled");
        using (var refused = await client.PostFormAsync(Page, [new("name", "Test.Toggled")], Page + "?handler=Run"))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("La tarea «Test.Toggled» no se puede ejecutar porque está desactivada", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        }

        await Recorder.WaitForRunsAsync("Test.Overridden", Recorder.Runs("Test.Overridden") + 3);
        Assert.Equal(started, Recorder.Started("Test.Toggled"));
        Assert.False((await TaskLeases.ReadAsync(Host, "Test.Toggled"))!.RunNowRequested);

        using (var enabled = await client.PostFormAsync(Page, [new("name", "Test.Toggled")], Page + "?handler=Enable"))
        {
            Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        }

        await Recorder.WaitForRunsAsync("Test.Toggled", started + 1);
    }

    [Fact]
    public async Task An_unknown_task_gets_a_spanish_error()
    {
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostFormAsync(Page, [new("name", "Test.Nope")], Page + "?handler=Run");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("La tarea «Test.Nope» no existe.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitors_who_are_not_signed_in_are_sent_to_sign_in()
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync(Page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/acceso", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
