using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Desk;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Units;

/// <summary>A unit with its members, as the units page lists it.</summary>
public sealed record UnitView(Unit Unit, IReadOnlyList<MemberView> Members, int OpenRequests);

public sealed record MemberView(string UserId, string Name, bool Lead);

/// <summary>Creating, renaming and deleting units and choosing their members; a unit with open requests stays.</summary>
public sealed class UnitAdministration(IUnitOfWork unitOfWork, InboxQuery query, IStringLocalizer<InboxResources> S)
{
    private static readonly RequestState[] Finished = [.. Enum.GetValues<RequestState>().Where(RequestStates.IsFinished)];

    public async Task<IReadOnlyList<UnitView>> ListAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var units = await db.Set<Unit>().AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var members = await db.Set<UnitMember>().AsNoTracking().ToListAsync(cancellationToken);
        var names = await query.StaffNamesAsync(members.Select(m => m.UserId), cancellationToken);
        var open = await db.Set<Request>().Where(r => r.UnitId != null && !Finished.Contains(r.State)).GroupBy(r => r.UnitId!.Value)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.UnitId, g => g.Count, cancellationToken);
        return [.. units.Select(u => new UnitView(
            u,
            [.. members.Where(m => m.UnitId == u.Id).Select(m => new MemberView(m.UserId, names.GetValueOrDefault(m.UserId, m.UserId), m.Lead)).OrderBy(m => m.Name, StringComparer.CurrentCulture)],
            open.GetValueOrDefault(u.Id)))];
    }

    public async Task<DeskOutcome> SaveAsync(int? id, string? name, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return DeskOutcome.Refused(S["Unit_NameRequired"]);
        }

        if (name.Length > Unit.NameLength)
        {
            return DeskOutcome.Refused(S["Unit_NameTooLong", Unit.NameLength]);
        }

        var db = unitOfWork.Db;
        if (await db.Set<Unit>().AnyAsync(u => u.Name == name && u.Id != id, cancellationToken))
        {
            return DeskOutcome.Refused(S["Unit_NameTaken", name]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        if (id is null)
        {
            db.Add(new Unit { Name = name });
            return DeskOutcome.Ok(S["Unit_Created", name]);
        }

        if (await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } unit)
        {
            return DeskOutcome.Refused(S["Unit_Unknown"]);
        }

        unit.Name = name;
        return DeskOutcome.Ok(S["Unit_Renamed", name]);
    }

    public async Task<DeskOutcome> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is not { } unit)
        {
            return DeskOutcome.Refused(S["Unit_Unknown"]);
        }

        var open = await db.Set<Request>().CountAsync(r => r.UnitId == id && !Finished.Contains(r.State), cancellationToken);
        if (open > 0)
        {
            return DeskOutcome.Refused(S.Plural("Unit_HasOpenRequests", open, unit.Name));
        }

        await unitOfWork.BeginAsync(cancellationToken);
        await db.Set<UnitMember>().Where(m => m.UnitId == id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(unit);
        return DeskOutcome.Ok(S["Unit_Deleted", unit.Name]);
    }

    public async Task<DeskOutcome> AddMemberAsync(int unitId, string? userId, bool lead, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (!await db.Set<Unit>().AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return DeskOutcome.Refused(S["Unit_Unknown"]);
        }

        if (string.IsNullOrEmpty(userId) || !await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return DeskOutcome.Refused(S["Member_Unknown"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        if (await db.Set<UnitMember>().SingleOrDefaultAsync(m => m.UnitId == unitId && m.UserId == userId, cancellationToken) is { } member)
        {
            member.Lead = lead;
        }
        else
        {
            db.Add(new UnitMember { UnitId = unitId, UserId = userId, Lead = lead });
        }

        return DeskOutcome.Ok(S["Member_Saved"]);
    }

    public async Task<DeskOutcome> RemoveMemberAsync(int unitId, string userId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var removed = await unitOfWork.Db.Set<UnitMember>().Where(m => m.UnitId == unitId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? DeskOutcome.Refused(S["Member_Unknown"]) : DeskOutcome.Ok(S["Member_Removed"]);
    }

    /// <summary>The site's users, for the member picker.</summary>
    public async Task<IReadOnlyList<MemberView>> UsersAsync(CancellationToken cancellationToken) =>
        [.. (await unitOfWork.Db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken))
            .Select(u => new MemberView(u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : $"{u.DisplayName} ({u.UserName})", false))
            .OrderBy(u => u.Name, StringComparer.CurrentCulture)];
}
