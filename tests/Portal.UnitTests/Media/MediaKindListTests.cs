using Portal.Media.Assets;
using Portal.Media.Picker;

namespace Portal.UnitTests.Media;

public sealed class MediaKindListTests
{
    [Theory]
    [InlineData("Images", new[] { MediaKind.Jpeg, MediaKind.Png, MediaKind.WebP, MediaKind.Gif, MediaKind.Svg })]
    [InlineData("image", new[] { MediaKind.Jpeg, MediaKind.Png, MediaKind.WebP, MediaKind.Gif, MediaKind.Svg })]
    [InlineData("Videos, Captions", new[] { MediaKind.Mp4, MediaKind.WebM, MediaKind.WebVtt })]
    [InlineData("pdf,Document", new[] { MediaKind.Pdf })]
    public void Groups_and_kinds_are_read_in_either_number_and_case(string list, MediaKind[] expected) =>
        Assert.Equal(expected, MediaKindList.Parse(list));

    [Fact]
    public void No_list_allows_every_kind() => Assert.Equal(Enum.GetValues<MediaKind>(), MediaKindList.Parse(null));

    [Theory]
    [InlineData("Pictures")]
    [InlineData("7")]
    public void An_unknown_name_is_a_programming_error(string list) =>
        Assert.Throws<ArgumentException>(() => MediaKindList.Parse(list));
}
