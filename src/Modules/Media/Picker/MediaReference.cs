using System.Text.Json.Serialization;

namespace Portal.Media.Picker;

/// <summary>
/// One use of an asset inside a content model (serialized with it): the asset's id and, for images, the alt text
/// that fits this use, which may say more than the library's default. A decorative image has no alt text.
/// </summary>
public sealed class MediaReference
{
    public string AssetId { get; set; } = "";

    public string? Alt { get; set; }

    public bool Decorative { get; set; }

    /// <summary>True when no asset is chosen (a form posted with an empty id field).</summary>
    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(AssetId);

    /// <summary>The reference as a form posted it, ready to store: null when no asset is chosen, trimmed, and without alt text when decorative.</summary>
    public MediaReference? Posted() => IsEmpty ? null : new MediaReference
    {
        AssetId = AssetId.Trim(),
        Alt = Decorative ? null : Alt?.Trim(),
        Decorative = Decorative,
    };
}
