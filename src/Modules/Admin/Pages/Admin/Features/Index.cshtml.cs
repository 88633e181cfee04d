using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Admin.Features;
using Portal.Core.Features;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;

namespace Portal.Admin.Pages.Admin.Features;

[AuthorizePermission(Permissions.ManageFeaturesName)]
public sealed class IndexModel(ModuleCatalog catalog, IFeatureManager features, IUnitOfWork unitOfWork, FeatureTexts texts, IStringLocalizer<AdminResources> S) : PageModel
{
    public IReadOnlyList<ModuleRow> Modules { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAsync(string featureId, bool enable, CancellationToken cancellationToken)
    {
        var feature = catalog.FindFeature(featureId ?? "");
        if (feature is null)
        {
            return NotFound();
        }

        if (!enable && feature.Manifest.AlwaysOn)
        {
            return Refuse(S["Features_AlwaysOn", texts.FeatureName(feature)]);
        }

        var before = features.List().ToDictionary(f => f.Feature.Id, f => f.Enabled, StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> affected;
        try
        {
            affected = await features.SetEnabledAsync(unitOfWork, feature.Id, enable, cancellationToken);
        }
        catch (FeatureException)
        {
            // The manager refuses before writing anything: an always-on feature depends on this one.
            return Refuse(S["Features_RequiredByAlwaysOn", texts.FeatureName(feature)]);
        }

        var name = texts.FeatureName(feature);
        var moved = affected
            .Where(id => !string.Equals(id, feature.Id, StringComparison.OrdinalIgnoreCase) && before.GetValueOrDefault(id) != enable)
            .Select(id => "«" + texts.FeatureName(catalog.FindFeature(id)!) + "»")
            .ToList();
        var message = enable ? S["Features_Enabled", name].Value : S["Features_Disabled", name].Value;
        if (moved.Count > 0)
        {
            message += " " + (enable ? S["Features_AlsoEnabled", name, string.Join(", ", moved)] : S["Features_AlsoDisabled", name, string.Join(", ", moved)]);
        }

        TempData["Message"] = message;
        return RedirectToPage();
    }

    private PageResult Refuse(string error)
    {
        Error = error;
        Load();
        return Page();
    }

    private void Load()
    {
        var enabled = features.List().ToDictionary(f => f.Feature.Id, f => f.Enabled, StringComparer.OrdinalIgnoreCase);
        Modules =
        [
            .. catalog.Modules.Select(m => catalog.FindFeature(m.Manifest.Feature.Id)!).Select(f => new ModuleRow(
                f.Module.Id,
                texts.ModuleName(f.Module),
                texts.ModuleDescription(f.Module),
                new FeatureRow(
                    f.Id,
                    texts.FeatureName(f),
                    texts.FeatureDescription(f),
                    [.. f.Manifest.Dependencies.Select(d => texts.FeatureName(catalog.FindFeature(d)!))],
                    enabled.GetValueOrDefault(f.Id),
                    f.Manifest.AlwaysOn))),
        ];
    }

    public sealed record ModuleRow(string Id, string Name, string Description, FeatureRow Feature);

    public sealed record FeatureRow(string Id, string Name, string Description, IReadOnlyList<string> Dependencies, bool Enabled, bool AlwaysOn);
}
