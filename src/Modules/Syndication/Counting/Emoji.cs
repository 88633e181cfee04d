using System.Buffers;
using System.Text;

namespace Portal.Syndication.Counting;

/// <summary>
/// Whether a grapheme cluster is an emoji: it starts with a pictographic code point or a regional indicator, or
/// carries the emoji presentation selector or the keycap mark. Text-style symbols (©, ™) count as emoji here,
/// which can only overstate an X length, never understate it.
/// </summary>
internal static class Emoji
{
    private static readonly (int From, int To)[] Pictographic =
    [
        (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
        (0x2194, 0x21AA), (0x231A, 0x23FF), (0x24C2, 0x24C2), (0x25AA, 0x25FE), (0x2600, 0x27BF), (0x2934, 0x2935),
        (0x2B05, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3299), (0x1F000, 0x1FAFF),
    ];

    public static bool IsEmoji(ReadOnlySpan<char> cluster)
    {
        if (Rune.DecodeFromUtf16(cluster, out var first, out _) != OperationStatus.Done)
        {
            return false;
        }

        return Pictographic.Any(r => first.Value >= r.From && first.Value <= r.To)
            || cluster.Contains('\uFE0F')
            || cluster.Contains('\u20E3');
    }
}
