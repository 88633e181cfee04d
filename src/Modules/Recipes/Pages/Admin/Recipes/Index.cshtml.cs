using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Recipes.Pages.Admin.Recipes;

[AuthorizePermission(Permissions.ManageRecipesName)]
[RequestSizeLimit(MaxPackageBytes + FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxPackageBytes + FormOverheadBytes)]
public sealed class IndexModel(
    IRecipeExecutor executor,
    RecipeExportService exporter,
    TimeProvider time,
    IStringLocalizer<RecipesResources> S,
    IStringLocalizer<CoreResources> coreTexts) : PageModel
{
    public const int MaxUploadMegabytes = 32;
    private const long MaxUploadBytes = MaxUploadMegabytes * 1024L * 1024L;

    /// <summary>A package carries the media files, so it may weigh far more than a recipe alone.</summary>
    public const int MaxPackageMegabytes = 1024;
    private const long MaxPackageBytes = MaxPackageMegabytes * 1024L * 1024L;
    private const string PackageExtension = ".zip";

    // Room for the antiforgery token and multipart headers, so a file just under the limit still gets through.
    private const long FormOverheadBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [BindProperty]
    public IFormFile? RecipeFile { get; set; }

    /// <summary>Set when an import was refused: the Spanish summary, then one line per problem.</summary>
    public string? Failure { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var recipe = await exporter.ExportAsync(User.Identity?.Name ?? "", cancellationToken);
        var fileName = $"portal-export-{time.GetUtcNow():yyyyMMdd}.recipe.json";
        return File(Encoding.UTF8.GetBytes(RecipeJson.Serialize(recipe)), "application/json", fileName);
    }

    /// <summary>The package a new site imports: the recipe plus the media files its content uses.</summary>
    public async Task<IActionResult> OnGetExportPackageAsync(CancellationToken cancellationToken)
    {
        // A temporary file rather than memory: the media files may be large. It goes away when the response is sent.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await exporter.ExportPackageAsync(User.Identity?.Name ?? "", file, cancellationToken);
            file.Position = 0;
            return File(file, "application/zip", $"portal-export-{time.GetUtcNow():yyyyMMdd}{PackageExtension}");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity?.Name ?? "";
        RecipeResult result;
        if (IsPackage(RecipeFile))
        {
            await using var package = RecipeFile!.OpenReadStream();
            result = await executor.ExecutePackageAsync(package, user, cancellationToken);
        }
        else
        {
            var json = await ReadUploadAsync(cancellationToken);
            if (json is null)
            {
                return Page();
            }

            result = await executor.ExecuteAsync(json, user, RecipeOrigin.Upload, cancellationToken);
        }

        if (result.Succeeded)
        {
            TempData["Message"] = S["Import_Succeeded", result.RecipeName ?? "", result.StepsRun.Count, string.Join(", ", result.StepsRun)].Value;
            return RedirectToPage();
        }

        Failure = result.FailedWhileRunning ? S["Import_FailedWhileRunning"] : S["Import_Invalid"];
        Errors = [.. result.Errors.Select(e => e.Describe(coreTexts))];
        return Page();
    }

    private static bool IsPackage(IFormFile? file) =>
        file is { Length: > 0 } && string.Equals(Path.GetExtension(file.FileName), PackageExtension, StringComparison.OrdinalIgnoreCase);

    /// <returns>The file's text, or null after adding the reason to the model state.</returns>
    private async Task<string?> ReadUploadAsync(CancellationToken cancellationToken)
    {
        string? problem = null;
        if (RecipeFile is null || RecipeFile.Length == 0)
        {
            problem = S["Import_FileRequired"];
        }
        else if (!string.Equals(Path.GetExtension(RecipeFile.FileName), ".json", StringComparison.OrdinalIgnoreCase))
        {
            problem = S["Import_NotJson"];
        }
        else if (RecipeFile.Length > MaxUploadBytes)
        {
            problem = S["Import_TooLarge", MaxUploadMegabytes];
        }

        if (problem is null)
        {
            try
            {
                using var reader = new StreamReader(RecipeFile!.OpenReadStream(), StrictUtf8, detectEncodingFromByteOrderMarks: true);
                return await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                problem = S["Import_NotUtf8"];
            }
        }

        ModelState.AddModelError(nameof(RecipeFile), problem);
        return null;
    }
}
