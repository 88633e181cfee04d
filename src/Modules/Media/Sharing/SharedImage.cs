using Portal.Media.Images;
using Portal.Media.Assets;

namespace Portal.Media.Sharing;

/// <summary>An item's image as a message carries it: the social card of <see cref="Asset"/>, described by <see cref="Alt"/>.</summary>
public sealed record SharedImage(MediaAsset Asset, string Alt);

/// <summary>The social card, ready to upload: always a 1200×630 JPEG.</summary>
public sealed record SharedImageFile(byte[] Bytes)
{
    public const string FileName = "imagen.jpg";

    public const int Width = ImageVariant.SocialWidth;

    public const int Height = ImageVariant.SocialHeight;

    public static string ContentType => ImageVariant.SocialCard.ContentType;
}
