namespace Portal.Media.Picker;

/// <summary>
/// Implemented by content models that use assets. Every version's ids go to <see cref="ContentMediaIndex"/>, so
/// an asset used by the latest or the published version of an item cannot be deleted.
/// </summary>
public interface IReferencesMedia
{
    /// <summary>The ids of every asset this version uses (empty and repeated ids are ignored).</summary>
    IEnumerable<string> MediaAssetIds();
}
