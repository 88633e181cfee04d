using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cluster;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Settings;

/// <summary>Reads through a small in-memory cache that a committed write clears, on every node.</summary>
internal sealed class SiteSettingsStore(IServiceScopeFactory scopes, TimeProvider time) : ISiteSettingsStore, IClusterSignalHandler
{
    private const string TopicName = "site-settings";

    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : class, new()
    {
        return Deserialize<T>(await GetRawAsync(ISiteSettingsStore.KeyOf<T>(), cancellationToken));
    }

    public async Task<T> GetAsync<T>(PortalDbContext db, CancellationToken cancellationToken = default) where T : class, new()
    {
        var key = ISiteSettingsStore.KeyOf<T>();
        // Not cached: the caller's transaction may hold an uncommitted value of its own that a rollback withdraws.
        var json = _cache.TryGetValue(key, out var cached)
            ? cached
            : await db.SiteSettings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return Deserialize<T>(json);
    }

    private static T Deserialize<T>(string? json) where T : class, new() =>
        json is null ? new T() : JsonSerializer.Deserialize<T>(json, ContentSerializer.Options) ?? new T();

    public Task SaveAsync<T>(IUnitOfWork unitOfWork, T value, CancellationToken cancellationToken = default) where T : class, new() =>
        SaveRawAsync(unitOfWork, ISiteSettingsStore.KeyOf<T>(), JsonSerializer.Serialize(value, ContentSerializer.Options), cancellationToken);

    public async Task<string?> GetRawAsync(string key, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        _cache[key] = row?.Value;
        return row?.Value;
    }

    public async Task SaveRawAsync(IUnitOfWork unitOfWork, string key, string json, CancellationToken cancellationToken = default)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var row = await unitOfWork.Db.SiteSettings.FindAsync([key], cancellationToken);
        if (row is null)
        {
            unitOfWork.Db.SiteSettings.Add(new SiteSetting { Key = key, Value = json, ModifiedUtc = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            row.Value = json;
            row.ModifiedUtc = time.GetUtcNow().UtcDateTime;
        }

        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        unitOfWork.AfterCommit((services, ct) => services.GetRequiredService<IClusterSignals>().PublishAsync(services, TopicName, key, ct));
    }

    string IClusterSignalHandler.Topic => TopicName;

    Task IClusterSignalHandler.HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken)
    {
        _cache.TryRemove(payload, out _);
        // Cached public pages show settings too (site name, contact details in the footer).
        return OutputCacheSignal.EvictAsync(services, OutputCachePolicies.ContentTag, cancellationToken);
    }

    Task IClusterSignalHandler.CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _cache.Clear();
        return OutputCacheSignal.EvictAsync(services, OutputCachePolicies.ContentTag, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetAllRawAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.SiteSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
    }
}
