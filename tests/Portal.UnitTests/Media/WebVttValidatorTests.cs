using System.Text;
using Portal.Media.Uploads;

namespace Portal.UnitTests.Media;

public sealed class WebVttValidatorTests
{
    [Fact]
    public void A_valid_file_with_notes_identifiers_and_settings_passes() =>
        WebVttValidator.Validate(Encoding.UTF8.GetBytes(
            "WEBVTT - Cómo pedir cita\r\nKind: captions\r\n\r\nNOTE revisado en 2026\r\n\r\n1\r\n00:00.000 --> 00:02.500 line:90%\r\nPulsa «Pedir cita».\r\n\r\n01:00:02.500 --> 01:00:05.000\r\n<v Ana>Elige el día.</v>\r\n"));

    [Theory]
    [InlineData("WEBVT\n\n00:00.000 --> 00:01.000\nHola\n", 1, "Vtt_Header")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\nHola\n\n00:01.000 -> 00:02.000\nAdiós\n", 6, "Vtt_BadTiming")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\nHola\n00:01.000 --> 00:02.000\nAdiós\n", 5, "Vtt_TimingInText")]
    [InlineData("WEBVTT\n\n00:05.000 --> 00:01.000\nHola\n", 3, "Vtt_EndBeforeStart")]
    [InlineData("WEBVTT\n\n00:61.000 --> 01:01.000\nHola\n", 3, "Vtt_BadTiming")]
    [InlineData("WEBVTT\n00:00.000 --> 00:01.000\nHola\n", 2, "Vtt_TimingInHeader")]
    [InlineData("WEBVTT\n\nsaludo\n\n", 3, "Vtt_MissingTiming")]
    [InlineData("WEBVTT\n\n00:00,000 --> 00:01,000\nHola\n", 3, "Vtt_BadTiming")]
    public void An_invalid_file_is_refused_with_the_line_of_the_problem(string vtt, int line, string reason)
    {
        var error = Assert.Throws<MediaRejectedException>(() => WebVttValidator.Validate(Encoding.UTF8.GetBytes(vtt)));

        Assert.Equal(reason, error.ReasonKey);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_refused()
    {
        var error = Assert.Throws<MediaRejectedException>(() => WebVttValidator.Validate([.. "WEBVTT\n\n00:00.000 --> 00:01.000\nPe"u8, 0xF1, (byte)'a', (byte)'\n']));

        Assert.Equal("Vtt_NotUtf8", error.ReasonKey);
    }
}
