using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Users.Accounts;

public sealed record UserListItem(PortalUser User, IReadOnlyList<string> Roles);

public sealed record UserListPage(IReadOnlyList<UserListItem> Items, int Total, int Page)
{
    public int PageCount => PagesFor(Total);

    public static int PagesFor(int total) => Math.Max(1, (total + UserDirectory.PageSize - 1) / UserDirectory.PageSize);
}

/// <summary>The people list of the admin: searched and paged in the database, never loaded whole.</summary>
public sealed class UserDirectory(PortalDbContext db)
{
    public const int PageSize = 20;

    /// <param name="search">Part of the display name, user name or e-mail; any case.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "Translated to SQL upper(); EF cannot translate the StringComparison overloads.")]
    public async Task<UserListPage> SearchAsync(string? search, int page, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var upper = term.ToUpperInvariant();
            // Normalized columns are upper-cased by .NET, accents included; the database's upper() may only fold ASCII,
            // so the display name is also matched as typed.
            query = query.Where(u => u.NormalizedUserName!.Contains(upper)
                || u.NormalizedEmail!.Contains(upper)
                || u.DisplayName.ToUpper().Contains(upper)
                || u.DisplayName.Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, UserListPage.PagesFor(total));
        var users = await query.OrderBy(u => u.NormalizedUserName).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return new UserListPage([.. users.Select(u => new UserListItem(u, [.. byUser[u.Id]]))], total, page);
    }
}
