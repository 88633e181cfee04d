using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Synonyms;

namespace Portal.Search.Pages.Admin.Search;

/// <summary>The search index's state, its rebuild (in the background, with progress) and the synonym list.</summary>
[AuthorizePermission(Permissions.ManageName)]
public sealed class IndexModel(
    ISiteSettingsStore settings,
    IUnitOfWork unitOfWork,
    SearchIndexMaintenance maintenance,
    SiteSearch search,
    IStringLocalizer<SearchResources> S) : PageModel
{
    public const int MaxGroups = 1000;

    public const int MaxLineLength = 500;

    [BindProperty]
    [StringLength(200_000, ErrorMessage = "Admin_SynonymsTooLong")]
    public string? Synonyms { get; set; }

    public RebuildStatus Status { get; private set; } = RebuildStatus.Idle;

    public int? Documents { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Synonyms = SynonymLines.Format((await settings.GetAsync<SearchSettings>(cancellationToken)).Synonyms);
        Load();
    }

    /// <summary>The rebuild's progress as JSON, polled by the page's script.</summary>
    public JsonResult OnGetStatus() => new(new
    {
        running = maintenance.Status.Running,
        done = maintenance.Status.Done,
        total = maintenance.Status.Total,
        percent = maintenance.Status.Percent,
        failed = maintenance.Status.Failed,
        documents = search.Count(),
    });

    public IActionResult OnPostRebuild()
    {
        maintenance.StartRebuild();
        TempData["Message"] = S["Admin_RebuildStarted"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSynonymsAsync(CancellationToken cancellationToken)
    {
        var lines = SynonymLines.Parse(Synonyms ?? "");
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > MaxLineLength)
            {
                ModelState.AddModelError(nameof(Synonyms), S["Admin_SynonymLineTooLong", i + 1, MaxLineLength]);
            }
            else if (SynonymLines.Split(lines[i]).Count < 2)
            {
                ModelState.AddModelError(nameof(Synonyms), S["Admin_SynonymLineSingle", i + 1, lines[i]]);
            }
        }

        if (lines.Count > MaxGroups)
        {
            ModelState.AddModelError(nameof(Synonyms), S["Admin_SynonymsTooMany", MaxGroups]);
        }

        if (!ModelState.IsValid)
        {
            Load();
            return Page();
        }

        var current = await settings.GetAsync<SearchSettings>(cancellationToken);
        await settings.SaveAsync(unitOfWork, current with { Synonyms = lines }, cancellationToken);

        // The list decides which concepts documents carry: once it is saved, the index is rebuilt with it.
        unitOfWork.AfterCommit((services, _) =>
        {
            services.GetRequiredService<SearchIndexMaintenance>().StartRebuild();
            return Task.CompletedTask;
        });
        TempData["Message"] = S["Admin_SynonymsSaved"].Value;
        return RedirectToPage();
    }

    private void Load()
    {
        Status = maintenance.Status;
        Documents = search.Count();
    }
}
