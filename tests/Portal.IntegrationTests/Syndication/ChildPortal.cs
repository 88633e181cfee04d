using System.Diagnostics;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// The real host as a child process on a test's database and sandbox, with the syndication waits shortened, for
/// tests that kill it with SIGKILL mid-work and start it again.
/// </summary>
public static class ChildPortal
{
    public static Process Start(TestDatabase database, string appData, SandboxServer sandbox, IReadOnlyDictionary<string, string>? settings = null)
    {
        var web = WebOutputDirectory();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "Portal.Web.dll")])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Portal__Database__Provider"] = database.Provider;
        start.Environment["Portal__Database__AppDataPath"] = appData;
        if (database.ConnectionString is not null)
        {
            start.Environment["Portal__Database__ConnectionString"] = database.ConnectionString;
        }

        start.Environment["Portal__Setup__Recipe"] = PortalFixture.TestRecipe;
        start.Environment["Portal__Admin__UserName"] = PortalHost.AdminUserName;
        start.Environment["Portal__Admin__Email"] = PortalHost.AdminEmail;
        start.Environment["Portal__Admin__Password"] = PortalHost.AdminPassword;
        start.Environment["Portal__Site__BaseUrl"] = PortalHost.PublicBaseUrl;
        start.Environment["Portal__Syndication__SandboxUrl"] = sandbox.Url;
        start.Environment["Portal__Syndication__Lease"] = "00:00:05";
        start.Environment["Portal__Syndication__HttpTimeout"] = "00:00:02";
        start.Environment["Portal__Syndication__PollInterval"] = "00:00:00.200";
        start.Environment["Portal__Syndication__ReconcileGrace"] = "00:00:01";
        start.Environment["Portal__Syndication__BackoffBase"] = "00:00:00.200";
        start.Environment["Portal__Syndication__BackoffCap"] = "00:00:01";
        start.Environment["Portal__Syndication__Limits__Telegram__Spacing"] = "00:00:00";
        start.Environment["Portal__Syndication__Limits__Telegram__Budget"] = "1000000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, failing at once if the child exits.</summary>
    /// <param name="progress">What the failure message says of how far the host got.</param>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within, Process process, CancellationToken cancellationToken, Func<Task<string>>? progress = null)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            Assert.False(process.HasExited, $"The host exited with code {(process.HasExited ? process.ExitCode : 0)}.");
            Assert.True(DateTime.UtcNow < deadline, "The host did not get there in time. " + (progress is null ? "" : await progress()));
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>The host's own build output (src/Web/bin/&lt;configuration&gt;/net10.0), found from this test's.</summary>
    private static string WebOutputDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = directory.Parent!.Name;
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "src", "Web", "bin", configuration, new DirectoryInfo(AppContext.BaseDirectory).Name);
    }
}
