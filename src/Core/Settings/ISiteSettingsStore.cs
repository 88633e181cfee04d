using Portal.Core.Data;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Settings;

/// <summary>
/// Typed settings that administrators change at run time (as opposed to <c>IOptions</c> from configuration).
/// A settings class is a plain record with defaults; its key is its type name.
/// </summary>
public interface ISiteSettingsStore
{
    Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : class, new();

    /// <summary>
    /// Reads for a caller that already holds a transaction, through its context's connection on a cache miss: a second
    /// pooled connection is one the pool may never give when every connection is held by a transaction like the caller's.
    /// </summary>
    Task<T> GetAsync<T>(PortalDbContext db, CancellationToken cancellationToken = default) where T : class, new();

    /// <summary>Writes inside the given unit of work; readers see the new value once it commits.</summary>
    Task SaveAsync<T>(IUnitOfWork unitOfWork, T value, CancellationToken cancellationToken = default) where T : class, new();

    /// <summary>Raw access by key, for recipes that carry settings as JSON.</summary>
    Task<string?> GetRawAsync(string key, CancellationToken cancellationToken = default);

    Task SaveRawAsync(IUnitOfWork unitOfWork, string key, string json, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, string>> GetAllRawAsync(CancellationToken cancellationToken = default);

    public static string KeyOf<T>() => typeof(T).Name;
}
