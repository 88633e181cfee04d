using System.Text;
using Portal.Media.Assets;

namespace Portal.Media.Uploads;

/// <summary>
/// Decides a file's type from its first bytes. Text types (SVG, WebVTT) are only candidates here: the SVG
/// sanitizer and the WebVTT validator read the whole file and refuse it if it is not what it seems.
/// </summary>
public static class ContentSniffer
{
    public const int HeaderLength = 64;

    // ISO base media brands of video files; image brands of the same container (HEIC, AVIF) are not accepted.
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VP", "dash", "mmp4", "MSNV", "f4v "];

    public static MediaKind? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MediaKind.Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaKind.Png;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return MediaKind.Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaKind.WebP;
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return MediaKind.Pdf;
        }

        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8) && Mp4Brands.Contains(Encoding.ASCII.GetString(header[8..12])))
        {
            return MediaKind.Mp4;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) && header.IndexOf("webm"u8) > 0)
        {
            return MediaKind.WebM;
        }

        var text = header.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? header[3..] : header;
        if (text.StartsWith("WEBVTT"u8) && (text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
        {
            return MediaKind.WebVtt;
        }

        var trimmed = text.TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && trimmed[0] == (byte)'<' ? MediaKind.Svg : null;
    }
}
