using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Media.Uploads;

/// <summary>
/// Checks a WebVTT file against the parts of the W3C syntax that players rely on: the header, cue timings
/// (well-formed, end after start), and "-->" only in timing lines. A failure names the line.
/// </summary>
public static partial class WebVttValidator
{
    /// <summary>Throws <see cref="MediaRejectedException"/> with the 1-based line number of the first problem.</summary>
    public static void Validate(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new MediaRejectedException("Vtt_NotUtf8");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (!HeaderPattern().IsMatch(lines[0]))
        {
            throw Error(1, "Vtt_Header");
        }

        var i = 1;
        // The header block runs to the first blank line and may not hold a cue timing.
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (lines[i].Contains("-->", StringComparison.Ordinal))
            {
                throw Error(i + 1, "Vtt_TimingInHeader");
            }
        }

        var cues = 0;
        while (i < lines.Length)
        {
            if (lines[i].Length == 0)
            {
                i++;
                continue;
            }

            i = lines[i].StartsWith("NOTE", StringComparison.Ordinal) && (lines[i].Length == 4 || lines[i][4] is ' ' or '\t')
                ? SkipNote(lines, i)
                : ReadCue(lines, i, cues == 0);
            cues++;
        }
    }

    private static int SkipNote(string[] lines, int i)
    {
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (lines[i].Contains("-->", StringComparison.Ordinal))
            {
                throw Error(i + 1, "Vtt_TimingInNote");
            }
        }

        return i;
    }

    private static int ReadCue(string[] lines, int i, bool first)
    {
        // STYLE and REGION blocks may only come before the first cue.
        if (first && (lines[i] is "STYLE" or "REGION" || lines[i].StartsWith("STYLE ", StringComparison.Ordinal) || lines[i].StartsWith("REGION ", StringComparison.Ordinal)))
        {
            return SkipNote(lines, i);
        }

        if (!lines[i].Contains("-->", StringComparison.Ordinal))
        {
            if (LooksLikeTiming().IsMatch(lines[i]))
            {
                throw Error(i + 1, "Vtt_BadTiming");
            }

            // A cue identifier; the timing must follow on the next line.
            i++;
            if (i >= lines.Length || lines[i].Length == 0)
            {
                throw Error(i, "Vtt_MissingTiming");
            }
        }

        var timing = TimingPattern().Match(lines[i]);
        if (!timing.Success)
        {
            throw Error(i + 1, "Vtt_BadTiming");
        }

        var start = ParseTime(timing.Groups["start"].Value);
        var end = ParseTime(timing.Groups["end"].Value);
        if (start is null || end is null)
        {
            throw Error(i + 1, "Vtt_BadTiming");
        }

        if (end <= start)
        {
            throw Error(i + 1, "Vtt_EndBeforeStart");
        }

        for (i++; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (lines[i].Contains("-->", StringComparison.Ordinal))
            {
                throw Error(i + 1, "Vtt_TimingInText");
            }
        }

        return i;
    }

    private static TimeSpan? ParseTime(string value)
    {
        var parts = value.Split(':');
        var hours = parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        var secondsParts = parts[^1].Split('.');
        var seconds = int.Parse(secondsParts[0], CultureInfo.InvariantCulture);
        var milliseconds = int.Parse(secondsParts[1], CultureInfo.InvariantCulture);
        return minutes > 59 || seconds > 59 ? null : new TimeSpan(0, hours, minutes, seconds, milliseconds);
    }

    private static MediaRejectedException Error(int line, string reasonKey) => new(reasonKey) { Line = line };

    /// <summary>A mistyped timing line ("00:01.000 -> 00:02.000") is reported as such, not as an identifier.</summary>
    [GeneratedRegex(@"^\s*(\d+:)?\d+:\d+[.,]\d+")]
    private static partial Regex LooksLikeTiming();

    [GeneratedRegex(@"^WEBVTT([ \t].*)?$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?<start>(\d{2,}:)?\d{2}:\d{2}\.\d{3})[ \t]+-->[ \t]+(?<end>(\d{2,}:)?\d{2}:\d{2}\.\d{3})([ \t].*)?$")]
    private static partial Regex TimingPattern();
}
