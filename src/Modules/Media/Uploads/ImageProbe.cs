using NetVips;
using Portal.Media.Assets;
using Portal.Media.Images;

namespace Portal.Media.Uploads;

/// <summary>
/// Reads an image's pixel size from its header with the loader of its sniffed type, without decoding pixels,
/// so a decompression bomb is refused before it costs memory.
/// </summary>
public static class ImageProbe
{
    public static (int Width, int Height) ReadSize(string path, MediaKind kind)
    {
        VipsLoaders.Apply();
        try
        {
            using var image = kind switch
            {
                MediaKind.Jpeg => Image.Jpegload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
                MediaKind.Png => Image.Pngload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
                MediaKind.WebP => Image.Webpload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
                MediaKind.Gif => Image.Gifload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            };
            // EXIF orientations 5 to 8 turn the image a quarter: the size people see is the other way round.
            var turned = image.GetTypeOf("orientation") != 0 && image.Get("orientation") is int orientation && orientation >= 5;
            return turned ? (image.Height, image.Width) : (image.Width, image.Height);
        }
        catch (VipsException)
        {
            throw new MediaRejectedException("Upload_Damaged");
        }
    }
}
