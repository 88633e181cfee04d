using System.Text.Json;

namespace Portal.Api.Content;

/// <summary>Error keys as API clients write the fields: camelCase JSON paths such as "common.title" or "steps[2].text".</summary>
internal static class JsonPaths
{
    /// <summary>A content error's model path ("Common.Title") as a JSON path ("common.title").</summary>
    public static string FromModelField(string field) =>
        string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>A System.Text.Json path ("$.common.title", "$['odd name']") without its root marker.</summary>
    public static string FromJsonPath(string? path, string root)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return root;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
