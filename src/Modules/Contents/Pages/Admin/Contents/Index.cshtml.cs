using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Contents.Admin;
using Portal.Contents.Editors;
using Portal.Contents.Security;
using Portal.Contents.Time;
using Portal.Core.Security;
using Portal.Taxonomies.Terms;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>Every item of every type, newest change first, filtered and paged in the database.</summary>
[AuthorizePermission(Permissions.ViewContentName)]
public sealed class IndexModel(ContentListQuery query, ContentTypeCatalog types, ContentAuthorizer authorizer, SiteTime siteTime, ITaxonomyStore taxonomies) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tipo")]
    public string? ContentType { get; set; }

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "propietario")]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "tema")]
    public string? Topic { get; set; }

    /// <summary>Only published items due for review ("revision=1").</summary>
    [BindProperty(SupportsGet = true, Name = "revision")]
    public bool DueForReview { get; set; }

    [BindProperty(SupportsGet = true, Name = "buscar")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public ContentListPage Result { get; private set; } = null!;

    /// <summary>The editable types with their Spanish names.</summary>
    public IReadOnlyList<(string Name, string DisplayName)> Types { get; private set; } = [];

    public IReadOnlyList<string> Owners { get; private set; } = [];

    /// <summary>The topics, as slug and name, for the topic filter.</summary>
    public IReadOnlyList<(string Slug, string Name)> Topics { get; private set; } = [];

    /// <summary>The types the user may create.</summary>
    public IReadOnlyList<(string Name, string DisplayName)> Creatable { get; private set; } = [];

    public IReadOnlyList<ListRow> Rows { get; private set; } = [];

    public sealed record ListRow(ContentListRow Row, string TypeName, string Modified, string? PublishText, string? UnpublishText, bool CanEdit);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Types = [.. types.EditableTypes.Select(t => (t.Name, types.DisplayName(t.Name)))];
        if (ContentType is not null && Types.All(t => t.Name != ContentType))
        {
            ContentType = null;
        }

        Topics = [.. (await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken)).Select(t => (t.Slug, t.Name))];
        Result = await query.RunAsync(
            new ContentListFilter(ContentType, ContentStatuses.FromSlug(Status), Owner, Search, PageNumber, Topic, DueForReview), cancellationToken);
        Owners = await query.OwnersAsync(cancellationToken);
        Creatable = await authorizer.CanCreateAsync(User) ? Types : [];
        var canEditAll = await authorizer.HasAsync(User, Permissions.EditAllContent);
        var canEditOwn = await authorizer.HasAsync(User, Permissions.EditOwnContent);
        var rows = new List<ListRow>(Result.Rows.Count);
        foreach (var row in Result.Rows)
        {
            rows.Add(new ListRow(
                row,
                types.DisplayName(row.ContentType),
                await siteTime.ShortDateTimeAsync(row.ModifiedUtc, cancellationToken),
                row.PublishUtc is { } publish ? await siteTime.ShortDateTimeAsync(publish, cancellationToken) : null,
                row.UnpublishUtc is { } unpublish ? await siteTime.ShortDateTimeAsync(unpublish, cancellationToken) : null,
                canEditAll || (canEditOwn && string.Equals(row.Owner, User.Identity?.Name, StringComparison.OrdinalIgnoreCase))));
        }

        Rows = rows;
    }

    /// <summary>This list's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["tipo"] = ContentType,
            ["estado"] = Status,
            ["propietario"] = Owner,
            ["tema"] = Topic,
            ["revision"] = DueForReview ? "true" : null,
            ["buscar"] = Search,
            ["pagina"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/contenidos", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
