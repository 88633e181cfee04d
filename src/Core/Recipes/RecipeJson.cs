using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Core.Content;

namespace Portal.Core.Recipes;

/// <summary>How recipes read and write JSON.</summary>
public static class RecipeJson
{
    /// <summary>
    /// The content serializer's shape, but strict: a property the model lacks or a null where it allows none is an
    /// error, so a typo in a recipe is reported instead of silently dropped.
    /// </summary>
    public static JsonSerializerOptions StrictModelOptions { get; } = new(ContentSerializer.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    /// <summary>Recipes are files people read and edit: indented, accents as they are.</summary>
    public static JsonSerializerOptions FileOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Hand-written recipes may carry comments and trailing commas; a repeated property is an error.</summary>
    internal static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    public static string Serialize(JsonObject recipe) => recipe.ToJsonString(FileOptions);

    /// <summary>The path of a property below <paramref name="path"/>, quoted when it is not a plain identifier.</summary>
    public static string Child(string path, string property) =>
        property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{property}"
            : $"{path}['{property.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>Joins a path inside a step with a path a deserializer reported from "$" of the nested value.</summary>
    public static string Combine(string path, string? innerPath) =>
        string.IsNullOrEmpty(innerPath) || innerPath == "$" ? path : path + innerPath[1..];
}
