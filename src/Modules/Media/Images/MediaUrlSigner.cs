using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Media.Images;

/// <summary>
/// HMAC signatures for variant URLs outside the configured widths, so only the site decides which sizes get
/// rendered and cached. The key comes from configuration, or is made once and kept in App_Data.
/// </summary>
public sealed class MediaUrlSigner
{
    private const string KeyFile = "media-signing.key";

    private readonly byte[] _key;

    public MediaUrlSigner(IOptions<MediaOptions> options, AppDataPaths paths)
    {
        _key = options.Value.SigningKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : LoadOrCreate(Path.Combine(paths.Root, KeyFile));
    }

    public string Sign(string path) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(path)).AsSpan(0, 16));

    public bool IsValid(string path, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(path)), Encoding.ASCII.GetBytes(signature));

    private static byte[] LoadOrCreate(string file)
    {
        if (!File.Exists(file))
        {
            var temporary = file + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temporary, RandomNumberGenerator.GetBytes(32));
            try
            {
                // Another node or request may have won the race; the first key written stays.
                File.Move(temporary, file, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temporary);
            }
        }

        return File.ReadAllBytes(file);
    }
}
