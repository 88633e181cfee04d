using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Api.Tokens;

/// <summary>
/// Secrets look like "ptl_" and 43 URL-safe characters (256 random bits): the marker lets secret scanners and
/// people recognise them. Being random, not passwords, a plain SHA-256 is enough to keep them unreadable at rest.
/// </summary>
public static class ApiTokenSecrets
{
    public const string Marker = "ptl_";

    public static string New() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..ApiToken.PrefixLength];
}
