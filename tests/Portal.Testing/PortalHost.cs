using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.UnitOfWork;

namespace Portal.Testing;

/// <summary>
/// The real Portal host, in process, on a real loopback port (so browsers can reach it), with its own App_Data
/// folder and its own empty database. On start it migrates and runs the setup recipe, as a fresh site does.
/// </summary>
public class PortalHost : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminEmail = "admin@portal.test";
    public const string AdminPassword = "Prueba-Segura-2026!";

    /// <summary>The public address test sites are configured with (<c>Portal:Site:BaseUrl</c>); a test unsets it with <c>With(key, null)</c>.</summary>
    public const string PublicBaseUrl = "https://ayuntamiento.example";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];

    public PortalHost(TestDatabase database, string appDataPath, LogSink logs)
    {
        Database = database;
        AppDataPath = appDataPath;
        Logs = logs;
        UseKestrel(0);
    }

    public TestDatabase Database { get; }

    public string AppDataPath { get; }

    public LogSink Logs { get; }

    /// <summary>Extra configuration for this host, e.g. task schedules; set before the host starts.</summary>
    public PortalHost With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Extra services for this host (a test content type, a failing handler); set before the host starts.</summary>
    public PortalHost WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Starts the server; returns once migrations and setup are done.</summary>
    public PortalHost Start()
    {
        StartServer();
        ClientOptions.BaseAddress = new Uri(ServerAddress());
        return this;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see what the server said.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }, disposeHandler: true)
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>Runs work against the host's services in its own unit of work, as a background job would.</summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work) =>
        Services.GetRequiredService<IUnitOfWorkRunner>().RunAsync(work);

    public Task RunAsync(Func<IServiceProvider, CancellationToken, Task> work) =>
        Services.GetRequiredService<IUnitOfWorkRunner>().RunAsync(work);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Modules' CSS lives in their own wwwroot (served under /_content/...); outside Development the host only
        // finds it through the build's static web assets manifest, which must be switched on explicitly.
        builder.UseStaticWebAssets();
        builder.UseSetting("Portal:Database:Provider", Database.Provider);
        builder.UseSetting("Portal:Database:AppDataPath", AppDataPath);
        if (Database.ConnectionString is not null)
        {
            builder.UseSetting("Portal:Database:ConnectionString", Database.ConnectionString);
        }

        builder.UseSetting("Portal:Admin:UserName", AdminUserName);
        builder.UseSetting("Portal:Admin:Email", AdminEmail);
        builder.UseSetting("Portal:Admin:Password", AdminPassword);
        builder.UseSetting("Portal:Site:BaseUrl", PublicBaseUrl);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    private string ServerAddress()
    {
        var address = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        return address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/";
    }
}
