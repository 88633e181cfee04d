using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Portal.Core.Recipes.Packages;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Recipes;

/// <summary>
/// All or nothing: a recipe is checked whole, then runs in one transaction, so a failing step leaves the database
/// exactly as it was (content operations nest their own savepoints inside it).
/// </summary>
internal sealed class RecipeExecutor(
    RecipeParser parser,
    RecipePackageReader packages,
    IEnumerable<IRecipeStep> steps,
    IUnitOfWork unitOfWork,
    IServiceProvider services,
    RecipeRun run,
    IStringLocalizer<CoreResources> S,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    public Task<RecipeResult> ExecuteAsync(string json, string user, RecipeOrigin origin, CancellationToken cancellationToken = default) =>
        ExecuteAsync(json, user, origin, folder: null, cancellationToken);

    public async Task<RecipeResult> ExecuteFileAsync(string path, string user, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(await File.ReadAllTextAsync(path, cancellationToken), user, RecipeOrigin.Server, Path.GetDirectoryName(Path.GetFullPath(path)), cancellationToken);

    public async Task<RecipeResult> ExecutePackageAsync(Stream package, string user, CancellationToken cancellationToken = default)
    {
        using var unpacked = await packages.UnpackAsync(package, cancellationToken);
        return unpacked.Errors.Count > 0
            ? RecipeResult.Invalid(null, unpacked.Errors)
            : await ExecuteAsync(unpacked.Recipe!, user, RecipeOrigin.Upload, unpacked.Folder, cancellationToken);
    }

    private async Task<RecipeResult> ExecuteAsync(string json, string user, RecipeOrigin origin, string? folder, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(json, origin);
        if (parsed.Document is not { } recipe)
        {
            return RecipeResult.Invalid(null, parsed.Errors);
        }

        var handlers = StepsByName();
        var errors = new List<RecipeError>();
        foreach (var step in recipe.Steps)
        {
            if (!handlers.TryGetValue(step.Name, out var handler))
            {
                errors.Add(new RecipeError(step.Index, step.Name, "$.name",
                    S["Recipe_UnknownStep", step.Name, string.Join(", ", handlers.Keys.Order(StringComparer.Ordinal))]));
                continue;
            }

            var context = new RecipeValidationContext(services, step.Index, step.Name) { Folder = folder };
            await handler.ValidateAsync(step.Json, context, cancellationToken);
            errors.AddRange(context.Errors);
        }

        if (errors.Count > 0)
        {
            return RecipeResult.Invalid(recipe.Name, errors);
        }

        return await RunAsync(recipe, handlers, user, folder, cancellationToken);
    }

    private async Task<RecipeResult> RunAsync(RecipeDocument recipe, Dictionary<string, IRecipeStep> handlers, string user, string? folder, CancellationToken cancellationToken)
    {
        var context = new RecipeExecutionContext(services, user, recipe.Variables) { Folder = folder };
        using var running = run.Begin();
        await unitOfWork.BeginAsync(cancellationToken);
        foreach (var step in recipe.Steps)
        {
            try
            {
                await handlers[step.Name].ExecuteAsync(step.Json, context, cancellationToken);
                await unitOfWork.Db.SaveChangesAsync(cancellationToken);
            }
            catch (RecipeStepException ex)
            {
                await unitOfWork.RollbackAsync(CancellationToken.None);
                logger.LogInformation("The recipe {Recipe} stopped at step {Index} ({Step}): {Path}: {Message}", recipe.Name, step.Index + 1, step.Name, ex.Path, ex.Message);
                return RecipeResult.Failed(recipe.Name, new RecipeError(step.Index, step.Name, ex.Path, ex.Message));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await unitOfWork.RollbackAsync(CancellationToken.None);
                logger.LogError(ex, "The recipe {Recipe} failed at step {Index} ({Step}) and was rolled back", recipe.Name, step.Index + 1, step.Name);
                return RecipeResult.Failed(recipe.Name, new RecipeError(step.Index, step.Name, "$", S["Recipe_StepFailedUnexpectedly"]));
            }
            catch
            {
                await unitOfWork.RollbackAsync(CancellationToken.None);
                throw;
            }
        }

        logger.LogInformation("Ran the recipe {Recipe} ({Steps} steps) as {User}", recipe.Name, recipe.Steps.Count, user);
        return RecipeResult.Success(recipe.Name, [.. recipe.Steps.Select(s => s.Name)]);
    }

    private Dictionary<string, IRecipeStep> StepsByName()
    {
        var byName = new Dictionary<string, IRecipeStep>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!byName.TryAdd(step.Name, step))
            {
                throw new InvalidOperationException($"Two recipe steps are named '{step.Name}': {byName[step.Name].GetType().FullName} and {step.GetType().FullName}.");
            }
        }

        return byName;
    }
}
