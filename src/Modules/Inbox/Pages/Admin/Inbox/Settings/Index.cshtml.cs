using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;

namespace Portal.Inbox.Pages.Admin.Inbox.Settings;

/// <summary>The inbox as a whole: the prefix that names the organisation in every reference.</summary>
public sealed class IndexModel(ISiteSettingsStore settings, IUnitOfWork unitOfWork, IStringLocalizer<InboxResources> S) : ConfigurePageModel
{
    [BindProperty]
    public string? Prefix { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Prefix = (await settings.GetAsync<InboxSettings>(cancellationToken)).ReferencePrefix;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var prefix = Prefix?.Trim().ToUpperInvariant() ?? "";
        if (!InboxSettings.IsValidPrefix(prefix))
        {
            Error = S["Settings_PrefixInvalid", InboxSettings.PrefixMaxLength];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        await settings.SaveAsync(unitOfWork, new InboxSettings { ReferencePrefix = prefix }, cancellationToken);
        TempData["Message"] = S["Settings_Saved", prefix].Value;
        return Redirect(InboxPaths.Settings);
    }
}
