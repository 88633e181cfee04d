using System.Text.Json.Nodes;

namespace SocialSandbox;

/// <summary>Reads a field from a JSON or form body, the two ways clients send these APIs.</summary>
public static class RequestBody
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var result = new JsonObject();
            foreach (var (key, value) in form)
            {
                result[key] = value.ToString();
            }

            return result;
        }

        if (request.ContentLength is 0 || request.ContentType is null)
        {
            return [];
        }

        return await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
    }

    public static string Text(this JsonObject body, string name) => body[name]?.ToString() ?? "";

    /// <summary>The size and type of an uploaded file: a multipart form's file part, or the raw body (Bluesky, LinkedIn).</summary>
    public static async Task<(long Length, string ContentType)?> FileAsync(HttpRequest request, string? field = null)
    {
        if (field is not null)
        {
            var form = await request.ReadFormAsync();
            return form.Files[field] is { Length: > 0 } file ? (file.Length, file.ContentType) : null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.Length > 0 ? (buffer.Length, request.ContentType ?? "application/octet-stream") : null;
    }

    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
