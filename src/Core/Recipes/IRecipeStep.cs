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

    /// <summary>
    /// Checks the step's JSON without writing; report problems through <paramref name="context"/>. The JSON is the
    /// step object itself (with its "name"), variables already substituted.
    /// </summary>
    Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a step that passed validation. To refuse midway (a content handler said no), throw
    /// <see cref="RecipeStepException"/>: the whole recipe then rolls back and the message reaches the user.
    /// </summary>
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
    /// <summary>The folder of the recipe file, for files it names; null for a recipe that is not a server file (an upload).</summary>
    public string? Folder { get; init; }

    private readonly List<RecipeError> _errors = [];

    public IServiceProvider Services { get; } = services;

    /// <summary>Zero-based position of the step in the recipe's "steps".</summary>
    public int StepIndex { get; } = stepIndex;

    public string StepName { get; } = stepName;

    public IReadOnlyList<RecipeError> Errors => _errors;

    /// <param name="path">JSON path inside the step, e.g. "$.items[3].data.title".</param>
    /// <param name="message">Spanish, from the module's resources.</param>
    public void AddError(string path, string message) => _errors.Add(new RecipeError(StepIndex, StepName, path, message));
}

public sealed class RecipeExecutionContext(IServiceProvider services, string user, IReadOnlyDictionary<string, string> variables)
{
    /// <summary>The folder of the recipe file, for files it names; null for a recipe that is not a server file (an upload).</summary>
    public string? Folder { get; init; }

    /// <summary>Scoped services of the recipe's unit of work.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Who runs the recipe; content it creates is owned by this user name.</summary>
    public string User { get; } = user;

    public IReadOnlyDictionary<string, string> Variables { get; } = variables;
}

/// <summary>
/// One problem with a recipe. <see cref="StepIndex"/> and <see cref="StepName"/> are null for the envelope
/// (syntax, metadata, variables); <see cref="Path"/> is relative to the step when there is one, else to the file.
/// </summary>
public sealed record RecipeError(int? StepIndex, string? StepName, string Path, string Message);

/// <summary>Thrown by a step's <see cref="IRecipeStep.ExecuteAsync"/> to stop the recipe with a Spanish message.</summary>
public sealed class RecipeStepException(string path, string message) : Exception(message)
{
    /// <summary>JSON path inside the step of the part that was refused, e.g. "$.items[3].data".</summary>
    public string Path { get; } = path;
}
