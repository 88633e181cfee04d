using System.Security.Cryptography;

namespace Portal.Users.Identity;

/// <summary>Passwords the site makes up: for the first administrator and when an administrator asks for one.</summary>
public static class PasswordGenerator
{
    /// <summary>24 characters from all four classes, so it passes any password policy.</summary>
    public static string Generate()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "-_.!?#%+";
        const string all = lower + upper + digits + symbols;
        var chars = new char[24];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
