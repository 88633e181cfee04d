using System.Net;
using Portal.Core.Security;
using Portal.Inbox;
using Portal.Inbox.Requests;
using Portal.Testing;
using static Portal.IntegrationTests.Inbox.Desk.DeskTestSteps;

namespace Portal.IntegrationTests.Inbox.Desk;

/// <summary>Per-unit visibility on the inbox pages: by address, by handler, in the list; supervisors see all, auditors change nothing.</summary>
public sealed class RequestAccessPageTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task A_member_of_one_unit_gets_404_for_another_units_request_by_address_and_by_handler()
    {
        var unitA = await Host.UnitAsync("Padrón");
        var unitB = await Host.UnitAsync("Servicios Sociales");
        var mine = await Host.RequestInUnitAsync(unitA, "Quiero el volante de empadronamiento");
        var theirs = await Host.RequestInUnitAsync(unitB, "Ayuda a domicilio para mi madre");
        var (memberName, _) = await Host.StaffAsync(PortalRoles.CitizenService, unitA);
        using var member = await Host.SignedInAsync(memberName);

        using var own = await member.GetAsync(InboxPaths.Request(mine.Reference), Ct);
        using var other = await member.GetAsync(InboxPaths.Request(theirs.Reference), Ct);
        using var missing = await member.GetAsync(InboxPaths.Request(ReferenceNumbers.Format("REF", 2026, 999_999)), Ct);
        using var note = await member.PostHandlerAsync(InboxPaths.Request(mine.Reference), theirs.Reference, "Note", ("note", "Me cuelo"));
        using var state = await member.PostHandlerAsync(InboxPaths.Request(mine.Reference), theirs.Reference, "State", ("to", nameof(RequestState.Closed)));
        var list = await (await member.GetAsync(InboxPaths.Admin, Ct)).TextAsync();

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, note.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, state.StatusCode);
        Assert.Contains(mine.Reference, list, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Reference, list, StringComparison.Ordinal);
        Assert.Equal(RequestState.New, (await Host.RequestAsync(theirs.Id)).State);
        Assert.DoesNotContain(await Host.MessagesAsync(theirs.Id), m => m.Direction == MessageDirection.Note);
    }

    [Fact]
    public async Task A_supervisor_opens_every_units_request_and_an_auditor_reads_it_but_changes_nothing()
    {
        var unit = await Host.UnitAsync("Urbanismo");
        var request = await Host.RequestInUnitAsync(unit, "Licencia de obra menor para la cocina");
        var (supervisorName, _) = await Host.StaffAsync(PortalRoles.CitizenServiceSupervisor);
        var (auditorName, _) = await Host.StaffAsync(PortalRoles.Auditor);
        using var supervisor = await Host.SignedInAsync(supervisorName);
        using var auditor = await Host.SignedInAsync(auditorName);
        var page = InboxPaths.Request(request.Reference);

        using var supervised = await supervisor.GetAsync(page, Ct);
        using var audited = await auditor.GetAsync(page, Ct);
        using var auditorNote = await auditor.PostHandlerAsync(page, request.Reference, "Note", ("note", "Solo miro"));
        using var auditorState = await auditor.PostHandlerAsync(page, request.Reference, "State", ("to", nameof(RequestState.InProgress)));
        using var supervisorState = await supervisor.PostHandlerAsync(page, request.Reference, "State", ("to", nameof(RequestState.InProgress)));

        Assert.Equal(HttpStatusCode.OK, supervised.StatusCode);
        Assert.Equal(HttpStatusCode.OK, audited.StatusCode);
        var auditorHtml = await audited.TextAsync();
        Assert.Contains(request.Reference, auditorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=State", auditorHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, auditorNote.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, auditorState.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, supervisorState.StatusCode);
        Assert.Equal(RequestState.InProgress, (await Host.RequestAsync(request.Id)).State);
        Assert.DoesNotContain(await Host.MessagesAsync(request.Id), m => m.Direction == MessageDirection.Note);
    }

    [Fact]
    public async Task The_admin_shell_counts_the_visible_requests_awaiting_staff_beside_the_inbox_entry()
    {
        var unitA = await Host.UnitAsync("Tributos");
        var unitB = await Host.UnitAsync("Cultura");
        var (memberName, _) = await Host.StaffAsync(PortalRoles.CitizenService, unitA);
        using var member = await Host.SignedInAsync(memberName);
        var before = await BadgeAsync(member);

        await Host.RequestInUnitAsync(unitA, "Recibo del IBI duplicado");
        await Host.RequestInUnitAsync(unitB, "Entradas para el teatro");

        Assert.Equal(before + 1, await BadgeAsync(member));
    }

    /// <summary>The number beside "Solicitudes" on the dashboard, read from its screen-reader text.</summary>
    private static async Task<int> BadgeAsync(HttpClient client)
    {
        var html = await (await client.GetAsync("/admin", Ct)).TextAsync();
        var match = System.Text.RegularExpressions.Regex.Match(html, "data-menu-badge=\"/admin/atencion\"[^>]*> <span aria-hidden=\"true\">(\\d+)</span><span class=\"visually-hidden\">\\1 solicitud");
        Assert.True(match.Success, "The inbox entry has no badge.");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
