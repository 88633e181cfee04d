using System.Security.Cryptography;

namespace Portal.Core.Content;

/// <summary>
/// 26-character ids: a millisecond timestamp then randomness, in Crockford base 32 (the ULID layout),
/// so ids sort by creation time and stay readable in URLs and recipes.
/// </summary>
public static class ContentIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New(TimeProvider? time = null)
    {
        Span<char> chars = stackalloc char[ContentItem.IdLength];
        var ms = (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 9; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(ms & 31)];
            ms >>= 5;
        }

        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        for (var i = 10; i < ContentItem.IdLength; i++)
        {
            chars[i] = Alphabet[random[i - 10] & 31];
        }

        return new string(chars);
    }

    /// <summary>Ids from recipes and the API are checked so they fit the column and a URL.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= ContentItem.IdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
