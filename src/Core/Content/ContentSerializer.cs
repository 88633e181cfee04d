using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Core.Content;

/// <summary>The one JSON shape of content models, shared by the store, recipes and the API.</summary>
public static class ContentSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(object model, Type type) => JsonSerializer.Serialize(model, type, Options);

    public static object Deserialize(string json, Type type) =>
        JsonSerializer.Deserialize(json, type, Options) ?? throw new JsonException($"The stored {type.Name} is empty.");
}
