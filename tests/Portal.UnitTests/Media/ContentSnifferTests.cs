using System.Text;
using Portal.Media.Assets;
using Portal.Media.Uploads;

namespace Portal.UnitTests.Media;

public sealed class ContentSnifferTests
{
    public static TheoryData<byte[], MediaKind> Signatures => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8], MediaKind.Jpeg },
        { [0x89, .. "PNG\r\n\u001a\n"u8, 0, 0, 0, 13], MediaKind.Png },
        { [.. "GIF89a"u8, 1, 0, 1, 0], MediaKind.Gif },
        { [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8], MediaKind.WebP },
        { [.. "%PDF-1.7\n"u8], MediaKind.Pdf },
        { [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0], MediaKind.Mp4 },
        { [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8], MediaKind.WebM },
        { [.. "WEBVTT\n\n"u8], MediaKind.WebVtt },
        { [0xEF, 0xBB, 0xBF, .. "WEBVTT - subtítulos\n"u8], MediaKind.WebVtt },
        { [.. "<?xml version=\"1.0\"?>\n<svg"u8], MediaKind.Svg },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void The_type_comes_from_the_first_bytes(byte[] header, MediaKind expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(header));

    [Theory]
    [InlineData("MZ\u0090\u0000 an executable")]
    [InlineData("PK\u0003\u0004 a zip or an office file")]
    [InlineData("plain text that is not subtitles")]
    [InlineData("WEBVTTX no separator after the signature")]
    public void Other_content_has_no_type(string header) =>
        Assert.Null(ContentSniffer.Sniff(Encoding.UTF8.GetBytes(header)));

    [Fact]
    public void An_image_brand_of_the_mp4_container_is_not_a_video() =>
        Assert.Null(ContentSniffer.Sniff([0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0]));
}
