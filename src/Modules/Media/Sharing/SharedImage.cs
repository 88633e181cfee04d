using Portal.Media.Assets;

namespace Portal.Media.Sharing;

/// <summary>An item's image as a message carries it: the social card of <see cref="Asset"/>, described by <see cref="Alt"/>.</summary>
public sealed record SharedImage(MediaAsset Asset, string Alt);

/// <summary>The social card, ready to upload, and its public path for networks that fetch images themselves.</summary>
public sealed record SharedImageFile(byte[] Bytes, string Path, string ContentType, int Width, int Height)
{
    public string FileName => "imagen" + System.IO.Path.GetExtension(Path);
}
