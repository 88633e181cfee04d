using Microsoft.AspNetCore.Mvc;
using Portal.Inbox.Units;

namespace Portal.Inbox.Pages.Admin.Inbox.Units;

/// <summary>The units that answer requests, their members and leads.</summary>
public sealed class IndexModel(UnitAdministration units) : ConfigurePageModel
{
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public IReadOnlyList<MemberView> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Units = await units.ListAsync(cancellationToken);
        Users = await units.UsersAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id, string? name, CancellationToken cancellationToken) =>
        Back(await units.SaveAsync(id, name, cancellationToken), InboxPaths.Units);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        Back(await units.DeleteAsync(id, cancellationToken), InboxPaths.Units);

    public async Task<IActionResult> OnPostAddMemberAsync(int unitId, string? userId, bool lead, CancellationToken cancellationToken) =>
        Back(await units.AddMemberAsync(unitId, userId, lead, cancellationToken), InboxPaths.Units);

    public async Task<IActionResult> OnPostRemoveMemberAsync(int unitId, string userId, CancellationToken cancellationToken) =>
        Back(await units.RemoveMemberAsync(unitId, userId, cancellationToken), InboxPaths.Units);
}
