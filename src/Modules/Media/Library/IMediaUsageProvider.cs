namespace Portal.Media.Library;

/// <summary>
/// Implemented by modules whose content refers to assets (register with <c>services.AddMediaUsageProvider&lt;T&gt;()</c>),
/// so an asset still in use is never deleted and the editor is told where it is used.
/// </summary>
public interface IMediaUsageProvider
{
    Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string assetId, CancellationToken cancellationToken = default);
}

/// <summary>One place that uses an asset: what an editor would call it ("Página «Empadronamiento»"), and where to edit it.</summary>
public sealed record MediaUsage(string Title, string? EditUrl = null);
