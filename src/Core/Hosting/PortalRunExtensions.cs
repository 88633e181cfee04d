using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Settings;

namespace Portal.Core.Hosting;

/// <summary>The host's last call: checks the database, runs the site and gives the process its exit code.</summary>
public static class PortalRunExtensions
{
    public static async Task<int> RunPortalAsync(this WebApplication app)
    {
        // Disposing the app flushes the console logger, so the operator's line is written before the process ends.
        await using (app)
        {
            var problem = FindConfigurationProblem(app.Services) ?? await FindDatabaseProblemAsync(app.Services, app.Lifetime.ApplicationStopping);
            if (problem is not null)
            {
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalRunExtensions)).LogCritical("{Problem}", problem);
                return 1;
            }

            await app.RunAsync();
            return 0;
        }
    }

    /// <summary>A bad public address would otherwise stop the host with a stack trace: the operator gets the one line.</summary>
    private static string? FindConfigurationProblem(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<SiteAddressOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return ex.Message;
        }
    }

    private static Task<string?> FindDatabaseProblemAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return database.Provider == DatabaseProvider.Postgres && database.ConnectionString is not null
            ? PostgresConnectionCheck.FindProblemAsync(database.ConnectionString, cancellationToken)
            : Task.FromResult<string?>(null);
    }
}
