using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Categories;
using Portal.PlainLanguage.Api;

namespace Portal.Inbox.Pages.Admin.Inbox.CannedAnswers;

/// <summary>Writes a canned answer: its text with variables, the guide it explains and the categories it is for, with the plain-language analysis.</summary>
public sealed class EditModel(CannedAnswerAdministration answers, PlainAnswerCheck check, IUnitOfWork unitOfWork, IStringLocalizer<InboxResources> S) : ConfigurePageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public CannedAnswerInput Input { get; set; } = new();

    public IReadOnlyList<GuideOption> Guides { get; private set; } = [];

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public TextResult? Check { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await answers.FindAsync(id, cancellationToken) is not { } answer)
            {
                return NotFound();
            }

            Input = new CannedAnswerInput { Title = answer.Title, Text = answer.Text, GuideItemId = answer.GuideItemId, CategoryIds = await answers.CategoriesOfAsync(id, cancellationToken) };
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (id, errors) = await answers.SaveAsync(Id, Input, cancellationToken);
        if (errors.Count == 0)
        {
            TempData["Message"] = S["Canned_Saved", Input.Title?.Trim() ?? ""].Value;
            return Redirect(InboxPaths.CannedAnswer(id));
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError("", error);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The plain-language analysis of the text being written, for the editor's script.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string? text, CancellationToken cancellationToken) =>
        Partial("_PlainCheck", await check.CheckAsync(text ?? "", cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Guides = await answers.GuidesAsync(cancellationToken);
        Categories = await unitOfWork.Db.Set<Category>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Check = string.IsNullOrWhiteSpace(Input.Text) ? null : await check.CheckAsync(Input.Text, cancellationToken);
    }
}
