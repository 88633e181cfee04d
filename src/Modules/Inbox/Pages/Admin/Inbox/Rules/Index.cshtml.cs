using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.Desk;
using Portal.Inbox.Routing;
using Portal.Inbox.Units;
using Portal.Taxonomies.Terms;

namespace Portal.Inbox.Pages.Admin.Inbox.Rules;

/// <summary>The routing rules in the order they are tried, and the form that adds or edits one.</summary>
public sealed class IndexModel(RuleAdministration rules, InboxQuery query, ITaxonomyStore taxonomies, IUnitOfWork unitOfWork) : ConfigurePageModel
{
    /// <summary>The rule being edited; none adds a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "editar")]
    public int? EditId { get; set; }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public IReadOnlyList<RoutingRule> Rules { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Topics { get; private set; } = [];

    public IReadOnlyDictionary<string, string> StaffNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Rules.FirstOrDefault(r => r.Id == EditId) is { } rule)
        {
            Input = new RuleInput
            {
                Id = rule.Id,
                Name = rule.Name,
                Channel = rule.Channel,
                CategoryId = rule.CategoryId,
                Keyword = rule.Keyword,
                Topic = rule.Topic,
                UnitId = rule.UnitId,
                SetCategoryId = rule.SetCategoryId,
                OwnerId = rule.OwnerId,
            };
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var outcome = await rules.SaveAsync(Input, cancellationToken);
        if (outcome.Error is null)
        {
            return Back(outcome, InboxPaths.Rules);
        }

        ModelState.AddModelError("", outcome.Error);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        Back(await rules.DeleteAsync(id, cancellationToken), InboxPaths.Rules);

    public async Task<IActionResult> OnPostMoveAsync(int id, bool up, CancellationToken cancellationToken) =>
        Back(await rules.MoveAsync(id, up, cancellationToken), InboxPaths.Rules);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        Rules = await rules.ListAsync(cancellationToken);
        Units = await db.Set<Unit>().AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Topics = await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken);
        var members = await db.Set<UnitMember>().AsNoTracking().Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        StaffNames = await query.StaffNamesAsync(members, cancellationToken);
    }
}
