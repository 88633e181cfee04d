using Portal.Media.Picker;

namespace Portal.Media.Sharing;

/// <summary>
/// Implemented by content models with an image that stands for the whole item when it is shared (a post's
/// image, an infographic, a video's thumbnail), so syndication can attach it with its alt text.
/// </summary>
public interface ISharesImage
{
    /// <summary>The image to share, or null when the item has none. A decorative one is not shared: it has no alt text to give.</summary>
    MediaReference? SharedImage();
}
