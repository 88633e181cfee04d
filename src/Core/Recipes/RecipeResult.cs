using Microsoft.Extensions.Localization;

namespace Portal.Core.Recipes;

/// <summary>What running a recipe did: every step ran, or nothing was written and the errors say why.</summary>
public sealed class RecipeResult
{
    private RecipeResult(string? recipeName, IReadOnlyList<string> stepsRun, IReadOnlyList<RecipeError> errors, bool failedWhileRunning)
    {
        RecipeName = recipeName;
        StepsRun = stepsRun;
        Errors = errors;
        FailedWhileRunning = failedWhileRunning;
    }

    public bool Succeeded => Errors.Count == 0;

    public string? RecipeName { get; }

    /// <summary>The names of the steps that ran, in order (all of them when the recipe succeeded).</summary>
    public IReadOnlyList<string> StepsRun { get; }

    public IReadOnlyList<RecipeError> Errors { get; }

    /// <summary>The recipe was valid but a step refused or failed while running; its work was rolled back.</summary>
    public bool FailedWhileRunning { get; }

    public static RecipeResult Success(string recipeName, IReadOnlyList<string> stepsRun) => new(recipeName, stepsRun, [], false);

    public static RecipeResult Invalid(string? recipeName, IReadOnlyList<RecipeError> errors) => new(recipeName, [], errors, false);

    public static RecipeResult Failed(string recipeName, RecipeError error) => new(recipeName, [], [error], true);
}

public static class RecipeErrorText
{
    /// <summary>One Spanish line naming the step (numbered from 1), its name, the JSON path and the problem.</summary>
    public static string Describe(this RecipeError error, IStringLocalizer<CoreResources> S) => error.StepIndex is { } index
        ? S["Recipe_ErrorInStep", index + 1, error.StepName ?? "?", error.Path, error.Message]
        : S["Recipe_ErrorInRecipe", error.Path, error.Message];
}
