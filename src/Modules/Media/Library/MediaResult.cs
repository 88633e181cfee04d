using Portal.Media.Assets;

namespace Portal.Media.Library;

/// <summary>What a library operation did: the asset, or a Spanish message saying why nothing changed.</summary>
public sealed record MediaResult(MediaAsset? Asset, string? Error, IReadOnlyList<MediaUsage> Usages)
{
    public bool Succeeded => Error is null;

    public static MediaResult Success(MediaAsset? asset) => new(asset, null, []);

    public static MediaResult Refused(string error, IReadOnlyList<MediaUsage>? usages = null) => new(null, error, usages ?? []);
}
