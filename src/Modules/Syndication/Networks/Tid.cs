using System.Security.Cryptography;

namespace Portal.Syndication.Networks;

/// <summary>
/// An AT Protocol timestamp identifier: 53 bits of microseconds and 10 random bits in base32-sortable, 13
/// characters. Chosen at enqueue as the post's record key, so every retry writes the same record.
/// </summary>
public static class Tid
{
    private const string Alphabet = "234567abcdefghijklmnopqrstuvwxyz";

    public static string New(DateTimeOffset now)
    {
        var micros = (now.ToUnixTimeMilliseconds() * 1000) & ((1L << 53) - 1);
        var value = (micros << 10) | (long)RandomNumberGenerator.GetInt32(1024);
        var chars = new char[13];
        for (var i = 12; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }
}
