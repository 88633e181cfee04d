using System.Text.Json;
using Portal.Core.Content;

namespace Portal.Api.Content;

/// <summary>
/// Turns a request's "data" into the type's model with the content store's JSON shape, but strictly: a field the
/// type does not have, a null where the model allows none, or a value of the wrong kind is an error at its path
/// rather than something silently dropped.
/// </summary>
internal static class ContentDataReader
{
    private static readonly JsonSerializerOptions Strict = new(ContentSerializer.Options)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <returns>The model, or null with the JSON path of the first bad field.</returns>
    public static (object? Model, string? ErrorPath) Read(JsonElement data, Type modelType)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return (null, "data");
        }

        try
        {
            return (data.Deserialize(modelType, Strict), null);
        }
        catch (JsonException ex)
        {
            return (null, JsonPaths.FromJsonPath(ex.Path, "data"));
        }
    }
}
