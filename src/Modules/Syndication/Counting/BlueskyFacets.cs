using System.Text;

namespace Portal.Syndication.Counting;

/// <summary>A rich-text facet: Bluesky does not auto-link, so links and hashtags are ranges of UTF-8 bytes (end exclusive).</summary>
public sealed record BlueskyFacet(int ByteStart, int ByteEnd, string? Uri, string? Tag);

public static class BlueskyFacets
{
    public static IReadOnlyList<BlueskyFacet> Of(string text)
    {
        var links = TextTokens.Links(text);
        var facets = links.Select(l => Facet(text, l, uri: text.Substring(l.Start, l.Length), tag: null)).ToList();
        facets.AddRange(TextTokens.Hashtags(text)
            .Where(h => !links.Any(l => h.Span.Start < l.End && l.Start < h.Span.End))
            .Select(h => Facet(text, h.Span, uri: null, tag: h.Tag)));
        return [.. facets.OrderBy(f => f.ByteStart)];
    }

    private static BlueskyFacet Facet(string text, TextSpan span, string? uri, string? tag)
    {
        var start = Encoding.UTF8.GetByteCount(text.AsSpan(0, span.Start));
        return new BlueskyFacet(start, start + Encoding.UTF8.GetByteCount(text.AsSpan(span.Start, span.Length)), uri, tag);
    }
}
