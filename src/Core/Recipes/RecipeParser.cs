using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;

namespace Portal.Core.Recipes;

/// <summary>
/// Reads a recipe file: JSON syntax, the envelope (metadata, variables, steps), then variable substitution in each
/// step. It knows nothing of what a step means; <see cref="RecipeExecutor"/> asks each step to validate itself.
/// </summary>
public sealed class RecipeParser(IConfiguration configuration, TimeProvider time, IStringLocalizer<CoreResources> S)
{
    private static readonly string[] MetadataStrings = ["displayName", "description", "author", "version"];
    private static readonly HashSet<string> EnvelopeProperties =
        new(["name", .. MetadataStrings, "isSetupRecipe", "variables", "steps"], StringComparer.Ordinal);

    public RecipeParseResult Parse(string json, RecipeOrigin origin)
    {
        var errors = new List<RecipeError>();
        void Error(string path, string message) => errors.Add(new RecipeError(null, null, path, message));

        JsonNode? root;
        try
        {
            using var document = JsonDocument.Parse(json, RecipeJson.DocumentOptions);
            root = JsonSerializer.SerializeToNode(document.RootElement);
        }
        catch (JsonException ex)
        {
            Error("$", ex.LineNumber is { } line
                ? S["Recipe_Syntax", line + 1, (ex.BytePositionInLine ?? 0) + 1]
                : S["Recipe_SyntaxNoPosition"]);
            return new RecipeParseResult(null, errors);
        }

        if (root is not JsonObject recipe)
        {
            Error("$", S["Recipe_RootNotObject"]);
            return new RecipeParseResult(null, errors);
        }

        foreach (var (property, _) in recipe.Where(p => !EnvelopeProperties.Contains(p.Key)))
        {
            Error(RecipeJson.Child("$", property), S["Recipe_UnknownProperty", property]);
        }

        var name = ReadString(recipe, "name", Error);
        if (recipe["name"] is null || (name is not null && string.IsNullOrWhiteSpace(name)))
        {
            Error("$.name", S["Recipe_Required", "name"]);
        }

        var metadata = MetadataStrings.ToDictionary(p => p, p => ReadString(recipe, p, Error));
        var isSetupRecipe = false;
        if (recipe["isSetupRecipe"] is { } setupFlag)
        {
            if (setupFlag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                isSetupRecipe = setupFlag.GetValue<bool>();
            }
            else
            {
                Error("$.isSetupRecipe", S["Recipe_NotBoolean", "isSetupRecipe"]);
            }
        }

        var variables = ResolveVariables(recipe["variables"], origin, Error);
        var steps = ReadSteps(recipe["steps"], variables, errors);
        if (errors.Count > 0)
        {
            return new RecipeParseResult(null, errors);
        }

        return new RecipeParseResult(
            new RecipeDocument(name!, metadata["displayName"], metadata["description"], metadata["author"], metadata["version"], isSetupRecipe, variables, steps),
            errors);
    }

    private string? ReadString(JsonObject recipe, string property, Action<string, string> error)
    {
        var node = recipe[property];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            error(RecipeJson.Child("$", property), S["Recipe_NotString", property]);
            return null;
        }

        return node.GetValue<string>();
    }

    private Dictionary<string, string> ResolveVariables(JsonNode? node, RecipeOrigin origin, Action<string, string> error)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return variables;
        }

        if (node is not JsonObject definitions)
        {
            error("$.variables", S["Recipe_NotObject", "variables"]);
            return variables;
        }

        foreach (var (name, definition) in definitions)
        {
            var path = RecipeJson.Child("$.variables", name);
            if (definition is null || definition.GetValueKind() != JsonValueKind.String)
            {
                error(path, S["Recipe_VariableNotString", name]);
                continue;
            }

            variables[name] = RecipeVariables.Substitute(definition.GetValue<string>(), token =>
            {
                if (token == RecipeVariables.GuidToken)
                {
                    return ContentIds.New(time);
                }

                if (token.StartsWith(RecipeVariables.ConfigPrefix, StringComparison.Ordinal))
                {
                    var key = token[RecipeVariables.ConfigPrefix.Length..];
                    if (origin != RecipeOrigin.Server)
                    {
                        error(path, S["Recipe_ConfigurationNotAllowed", key]);
                        return "";
                    }

                    var value = configuration[key];
                    if (value is null)
                    {
                        error(path, S["Recipe_MissingConfiguration", key]);
                        return "";
                    }

                    return value;
                }

                return null;
            }, token => error(path, S["Recipe_UnknownVariableSource", token]));
        }

        return variables;
    }

    private List<RecipeStepData> ReadSteps(JsonNode? node, IReadOnlyDictionary<string, string> variables, List<RecipeError> errors)
    {
        var steps = new List<RecipeStepData>();
        if (node is null)
        {
            errors.Add(new RecipeError(null, null, "$.steps", S["Recipe_Required", "steps"]));
            return steps;
        }

        if (node is not JsonArray array)
        {
            errors.Add(new RecipeError(null, null, "$.steps", S["Recipe_NotArray", "steps"]));
            return steps;
        }

        if (array.Count == 0)
        {
            errors.Add(new RecipeError(null, null, "$.steps", S["Recipe_NoSteps"]));
        }

        for (var index = 0; index < array.Count; index++)
        {
            if (array[index] is not JsonObject step)
            {
                errors.Add(new RecipeError(index, null, "$", S["Recipe_StepNotObject"]));
                continue;
            }

            var nameNode = step["name"];
            if (nameNode is null || nameNode.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(nameNode.GetValue<string>()))
            {
                errors.Add(new RecipeError(index, null, "$.name", S["Recipe_StepWithoutName"]));
                continue;
            }

            var name = nameNode.GetValue<string>();
            var stepIndex = index;
            RecipeVariables.Rewrite(step, "$", (value, path) => RecipeVariables.Substitute(
                value,
                token => variables.GetValueOrDefault(token),
                token => errors.Add(new RecipeError(stepIndex, name, path, S["Recipe_UnknownVariable", token]))));
            steps.Add(new RecipeStepData(index, name, JsonSerializer.SerializeToElement(step)));
        }

        return steps;
    }
}
