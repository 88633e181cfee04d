using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Core.Recipes;

/// <summary>
/// A named step of the recipe format ("settings", "features", "roles", "content", ...). Validation sees every
/// step before anything is written; execution runs inside the recipe's single unit of work.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Checks the step's JSON without writing; report problems through <paramref name="context"/>.</summary>
    Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken);

    Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken);
}

/// <summary>Produces this step's part of an export; export = recipe, so what it writes the step can read back.</summary>
public interface IRecipeExporter
{
    string StepName { get; }

    /// <summary>Lower goes first in the exported recipe (settings and roles before content).</summary>
    int Order { get; }

    /// <returns>The step object including its "name", or null when there is nothing to export.</returns>
    Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public sealed class RecipeValidationContext(IServiceProvider services, int stepIndex, string stepName)
{
    private readonly List<string> _errors = [];

    public IServiceProvider Services { get; } = services;

    public int StepIndex { get; } = stepIndex;

    public string StepName { get; } = stepName;

    public IReadOnlyList<string> Errors => _errors;

    /// <param name="path">JSON path inside the step, e.g. "$.items[3].data.title".</param>
    public void AddError(string path, string message) => _errors.Add($"{path}: {message}");
}

public sealed class RecipeExecutionContext(IServiceProvider services, string user, IReadOnlyDictionary<string, string> variables)
{
    /// <summary>Scoped services of the recipe's unit of work.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Who runs the recipe; content it creates is owned by this user name.</summary>
    public string User { get; } = user;

    public IReadOnlyDictionary<string, string> Variables { get; } = variables;
}
