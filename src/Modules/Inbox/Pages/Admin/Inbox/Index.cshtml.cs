using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Cluster;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Access;
using Portal.Inbox.Categories;
using Portal.Inbox.Desk;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;

namespace Portal.Inbox.Pages.Admin.Inbox;

/// <summary>
/// The requests a person may see, newest activity first, filtered and searched; a typed reference opens its
/// request. The list refreshes itself when requests change (server-sent events) and works without script.
/// </summary>
public sealed class IndexModel(RequestAccess access, InboxQuery query, InboxFeed feed, IUnitOfWork unitOfWork) : InboxPageModel(access)
{
    [BindProperty(SupportsGet = true, Name = "estado")]
    public RequestState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "unidad")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "responsable")]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "canal")]
    public InboxChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "categoria")]
    public int? CategoryId { get; set; }

    [BindProperty(SupportsGet = true, Name = "buscar")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "desde")]
    public string? After { get; set; }

    public InboxPage Results { get; private set; } = new([], null, 0, []);

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public long Version => feed.Version;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ScopeAsync(cancellationToken) is not { } scope)
        {
            return Forbid();
        }

        if (await query.FindReferenceAsync(scope, Search, cancellationToken) is { } reference)
        {
            return Redirect(InboxPaths.Request(reference));
        }

        Units = await unitOfWork.Db.Set<Unit>().AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        Categories = await unitOfWork.Db.Set<Category>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Results = await query.ListAsync(scope, Filter, cancellationToken);
        return Page();
    }

    /// <summary>The list alone, for the script that refreshes it.</summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken cancellationToken)
    {
        if (await ScopeAsync(cancellationToken) is not { } scope)
        {
            return Forbid();
        }

        Results = await query.ListAsync(scope, Filter, cancellationToken);
        return Partial("_InboxList", this);
    }

    /// <summary>Server-sent events: one message each time requests change.</summary>
    public async Task<IActionResult> OnGetChangesAsync(long seen, CancellationToken cancellationToken) =>
        await ScopeAsync(cancellationToken) is null ? Forbid() : await feed.StreamAsync(Response, seen, cancellationToken);

    /// <summary>The page's query string with the filters kept, from cursor <paramref name="after"/> (and a handler, for the script).</summary>
    public string Query(string? after, string? handler = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["estado"] = State?.ToString(),
            ["unidad"] = UnitId?.ToString(CultureInfo.InvariantCulture),
            ["responsable"] = string.IsNullOrEmpty(Owner) ? null : Owner,
            ["canal"] = Channel?.ToString(),
            ["categoria"] = CategoryId?.ToString(CultureInfo.InvariantCulture),
            ["buscar"] = string.IsNullOrWhiteSpace(Search) ? null : Search,
            ["desde"] = after,
            ["handler"] = handler,
        }.Where(p => p.Value is not null)).ToUriComponent();

    private InboxFilter Filter => new(State, UnitId, Owner, Channel, CategoryId, Search, After);
}
