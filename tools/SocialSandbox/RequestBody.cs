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

    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
