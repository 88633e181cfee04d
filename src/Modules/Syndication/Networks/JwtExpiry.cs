using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Syndication.Networks;

/// <summary>Reads a JWT's <c>exp</c> claim without checking its signature: only to know when to renew it, never to trust it.</summary>
public static class JwtExpiry
{
    public static DateTime? Of(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))?["exp"] is JsonValue exp && exp.TryGetValue<long>(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
