using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Core.Recipes;

/// <summary>
/// The whole variable language, with no script engine: <c>${name}</c> in a step's string values is replaced by the
/// variable's value; a variable is a literal, <c>${config:Key}</c> from configuration or <c>${guid}</c> (a new id in
/// the content id format, so it fits item ids). <c>$${</c> stands for a literal <c>${</c>.
/// </summary>
public static partial class RecipeVariables
{
    internal const string ConfigPrefix = "config:";
    internal const string GuidToken = "guid";

    /// <summary>Protects text that must reach a step as written, as exports do with every string they hold.</summary>
    public static string Escape(string value) => value.Replace("${", "$${", StringComparison.Ordinal);

    /// <summary>Escapes every string value below <paramref name="node"/>; property names are never substituted.</summary>
    public static void EscapeStrings(JsonNode? node) =>
        Rewrite(node, "$", (value, _) => value.Contains("${", StringComparison.Ordinal) ? Escape(value) : value);

    /// <summary>
    /// Replaces each <c>${token}</c> in <paramref name="value"/> with what <paramref name="resolve"/> returns for it;
    /// a null answer leaves the token in place and reports it through <paramref name="unresolved"/>.
    /// </summary>
    public static string Substitute(string value, Func<string, string?> resolve, Action<string> unresolved)
    {
        if (!value.Contains('$', StringComparison.Ordinal))
        {
            return value;
        }

        return Token().Replace(value, match =>
        {
            if (!match.Groups[1].Success)
            {
                return "${";
            }

            var token = match.Groups[1].Value;
            var resolved = resolve(token);
            if (resolved is null)
            {
                unresolved(token);
                return match.Value;
            }

            return resolved;
        });
    }

    /// <summary>Rewrites every string value in the tree; <paramref name="rewrite"/> gets the value and its JSON path.</summary>
    internal static void Rewrite(JsonNode? node, string path, Func<string, string, string> rewrite)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    var childPath = RecipeJson.Child(path, name);
                    if (IsString(child))
                    {
                        obj[name] = rewrite(child!.GetValue<string>(), childPath);
                    }
                    else
                    {
                        Rewrite(child, childPath, rewrite);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = RecipeJson.Item(path, i);
                    if (IsString(array[i]))
                    {
                        array[i] = rewrite(array[i]!.GetValue<string>(), childPath);
                    }
                    else
                    {
                        Rewrite(array[i], childPath, rewrite);
                    }
                }

                break;
        }
    }

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String;

    // "$${" first, so an escaped token is never read as a variable.
    [GeneratedRegex(@"\$\$\{|\$\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
