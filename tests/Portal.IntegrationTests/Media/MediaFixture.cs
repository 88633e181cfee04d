using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using System.Data.Common;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Media.Picker;
using Portal.Media.Assets;
using Portal.Media;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>A site where tests say which assets are used, through a usage provider as a content module would.</summary>
public sealed class MediaFixture : PortalFixture
{
    public TestMediaUsages Usages { get; } = new();

    /// <summary>The SQL of every query on the assets table, so tests can see that paging happens in the database.</summary>
    public MediaCommandLog Commands { get; } = new();

    public string MediaFolder => Path.Combine(AppDataPath, "media");

    public string UploadsFolder => Path.Combine(AppDataPath, "media-uploads");

    /// <summary>Every stored or half-written file, relative to App_Data.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        [.. new[] { MediaFolder, UploadsFolder }.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(AppDataPath, f))
            .Order(StringComparer.Ordinal)];

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services =>
        {
            services.AddSingleton(Usages);
            services.AddMediaUsageProvider<TestMediaUsageProvider>();
            services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(new FailingMediaInsert(), Commands));
            services.AddContentType<IllustratedNote>(IllustratedNote.TypeName, n => n.Title);
        });
    }
}

/// <summary>Makes the database refuse the row of an asset with <see cref="FileName"/>, as a lost connection would.</summary>
internal sealed class FailingMediaInsert : SaveChangesInterceptor
{
    public const string FileName = "falla-al-guardar.png";

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        eventData.Context!.ChangeTracker.Entries<MediaAsset>().Any(e => e.State == EntityState.Added && e.Entity.FileName == FileName)
            ? throw new DbUpdateException("The test database refuses this row.")
            : base.SavingChangesAsync(eventData, result, cancellationToken);
}

public sealed class TestMediaUsages
{
    public ConcurrentDictionary<string, MediaUsage[]> ByAsset { get; } = new();
}

internal sealed class TestMediaUsageProvider(TestMediaUsages usages) : IMediaUsageProvider
{
    public Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string assetId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MediaUsage>>(usages.ByAsset.TryGetValue(assetId, out var found) ? found : []);
}

/// <summary>A content type whose model uses assets, as the citizen content types do.</summary>
public sealed class IllustratedNote : IReferencesMedia
{
    public const string TypeName = "nota-ilustrada";

    public string Title { get; set; } = "";

    public MediaReference? Image { get; set; }

    public string? Attachment { get; set; }

    public IEnumerable<string> MediaAssetIds() => new[] { Image?.AssetId, Attachment }.OfType<string>();
}

public sealed class MediaCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Queries => [.. _commands];

    public void Clear() => _commands.Clear();

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains(MediaAsset.TableName, StringComparison.Ordinal))
        {
            _commands.Enqueue(command.CommandText);
        }

        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }
}
