using System.Security.Cryptography;
using System.Text;

namespace SocialSandbox.Citizens;

/// <summary>Networks that name people by number (Facebook, Telegram) give a citizen the same number on every request.</summary>
public static class CitizenIds
{
    public static long Numeric(string author) =>
        (long)(BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(author))) % 900_000_000_000UL) + 100_000_000_000L;
}
