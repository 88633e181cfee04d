using System.Globalization;

namespace Portal.Syndication.Counting;

/// <summary>Extended grapheme clusters (UAX #29), what a reader sees as one character: "ñ" written as n + U+0303, a flag, a family emoji.</summary>
public static class Graphemes
{
    public static int Count(string text) => new StringInfo(text).LengthInTextElements;
}
