using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.PlainLanguage.Checks;
using Portal.PlainLanguage.Jargon;

namespace Portal.PlainLanguage.Pages.Admin.Jargon;

/// <summary>The jargon list the plain-language panel warns about, with the plain word to use instead.</summary>
[AuthorizePermission(Permissions.ManageJargonName)]
public sealed class IndexModel(JargonList jargon, ISiteSettingsStore settings, IUnitOfWork unitOfWork, IStringLocalizer<PlainLanguageResources> S) : PageModel
{
    public const int MaximumCharacters = 100_000;

    [BindProperty]
    public string? List { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = JargonText.Format(await jargon.EntriesAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = List ?? "";
        if (text.Length > MaximumCharacters)
        {
            ModelState.AddModelError(nameof(List), S["Jargon_TooLong", MaximumCharacters]);
            return Page();
        }

        var (entries, bad) = JargonText.Parse(text);
        if (bad.Count > 0)
        {
            ModelState.AddModelError(nameof(List), S["Jargon_BadLines", string.Join(", ", bad)]);
            return Page();
        }

        await settings.SaveAsync(unitOfWork, new JargonSettings { Entries = entries }, cancellationToken);
        TempData["Message"] = S["Jargon_Saved", entries.Count].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken)
    {
        await settings.SaveAsync(unitOfWork, new JargonSettings { Entries = [.. JargonMatcher.LoadDefaultEntries()] }, cancellationToken);
        TempData["Message"] = S["Jargon_Restored"].Value;
        return RedirectToPage();
    }
}
