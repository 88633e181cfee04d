using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.Requests;
using Portal.Testing;
using static Portal.IntegrationTests.Inbox.Desk.DeskTestSteps;

namespace Portal.IntegrationTests.Inbox.Desk;

/// <summary>The request page's actions, posted as a browser does, and what they leave in the request and its log.</summary>
public sealed class DeskActionTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task States_move_only_as_allowed_and_rejecting_or_reopening_needs_a_reason()
    {
        var (client, request) = await HandlerWithRequestAsync("Queja por el ruido del bar de la plaza");
        var page = InboxPaths.Request(request.Reference);

        var noReason = await (await client.PostHandlerAsync(page, request.Reference, "State", ("to", nameof(RequestState.Rejected)), ("reason", " "))).TextAsync();
        Assert.Contains("Para pasar a «Rechazada» hay que escribir el motivo.", noReason, StringComparison.Ordinal);
        Assert.Equal(RequestState.New, (await Host.RequestAsync(request.Id)).State);

        using var rejected = await client.PostHandlerAsync(page, request.Reference, "State", ("to", nameof(RequestState.Rejected)), ("reason", "No es competencia municipal"));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var stored = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Rejected, stored.State);
        Assert.Equal("No es competencia municipal", stored.StateReason);
        Assert.NotNull(stored.ClosedUtc);

        var closing = await (await client.PostHandlerAsync(page, request.Reference, "State", ("to", nameof(RequestState.Closed)))).TextAsync();
        Assert.Contains("Una solicitud en estado «Rechazada» no puede pasar a «Cerrada».", closing, StringComparison.Ordinal);

        using var reopened = await client.PostHandlerAsync(page, request.Reference, "State", ("to", nameof(RequestState.Reopened)), ("reason", "La persona aporta datos nuevos"));
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(2, (await Host.RequestAsync(request.Id)).Cycle);
        var moves = (await Host.EventsAsync(request.Id)).Where(e => e.Kind == RequestEventKind.StateChanged).Select(e => (e.FromState, e.ToState, e.Detail)).ToList();
        Assert.Equal([(RequestState.New, RequestState.Rejected, "No es competencia municipal"), (RequestState.Rejected, RequestState.Reopened, "La persona aporta datos nuevos")], moves);
    }

    [Fact]
    public async Task A_message_is_attached_to_another_request_split_into_a_new_one_and_a_duplicate_points_at_its_original()
    {
        var (client, first) = await HandlerWithRequestAsync("¿Cuándo abre la piscina municipal?");
        await AppendAsync(first, "Y otra cosa: tengo una multa de aparcamiento que no es mía.");
        await AppendAsync(first, "La matrícula del coche es otra.");
        var messages = await Host.MessagesAsync(first.Id);
        var page = InboxPaths.Request(first.Reference);

        using var split = await client.PostHandlerAsync(page, first.Reference, "Split", ("messageId", messages[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var created = (await Host.RequestsAsync()).Single(r => r.Id != first.Id && r.PersonId == first.PersonId && r.Subject.StartsWith("Y otra cosa", StringComparison.Ordinal));
        Assert.NotEqual(first.Reference, created.Reference);
        Assert.Equal(first.UnitId, created.UnitId);
        Assert.Equal([messages[1].Id, messages[2].Id], (await Host.MessagesAsync(created.Id)).Select(m => m.Id));
        Assert.Equal([messages[0].Id], (await Host.MessagesAsync(first.Id)).Select(m => m.Id));
        Assert.Contains(await Host.EventsAsync(first.Id), e => e.Kind == RequestEventKind.Split && e.Detail == created.Reference);

        // Attached by the reference as staff type it from a phone call: lower case, spaces for dashes.
        var other = await Host.RequestInUnitAsync(first.UnitId!.Value, "Multa de aparcamiento, expediente aparte");
        var typed = other.Reference.ToLowerInvariant().Replace('-', ' ');
        using var moved = await client.PostHandlerAsync(page, created.Reference, "Move", ("messageId", messages[2].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("target", typed));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains(await Host.MessagesAsync(other.Id), m => m.Id == messages[2].Id);
        Assert.Contains(await Host.EventsAsync(created.Id), e => e.Kind == RequestEventKind.MessageMoved && e.Detail == "→ " + other.Reference);

        var wrong = await (await client.PostHandlerAsync(page, created.Reference, "Duplicate", ("target", "REF-2026-000001-X"))).TextAsync();
        Assert.Contains("No hay ninguna otra solicitud con esa referencia", wrong, StringComparison.Ordinal);
        using var duplicate = await client.PostHandlerAsync(page, other.Reference, "Duplicate", ("target", created.Reference));
        Assert.Equal(HttpStatusCode.Redirect, duplicate.StatusCode);
        var marked = await Host.RequestAsync(other.Id);
        Assert.Equal(RequestState.Duplicate, marked.State);
        Assert.Equal(created.Id, marked.DuplicateOfId);
        Assert.Contains($"href=\"{InboxPaths.Request(created.Reference)}\"", await (await client.GetAsync(InboxPaths.Request(other.Reference), Ct)).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_mentions_a_colleague_who_sees_it_in_the_inbox_until_opening_the_request()
    {
        var unit = await Host.UnitAsync("Medio Ambiente");
        var (colleagueName, _) = await Host.StaffAsync(PortalRoles.CitizenService, unit);
        var (client, request) = await HandlerWithRequestAsync("Contenedor roto en la calle Mayor", unit);
        var page = InboxPaths.Request(request.Reference);

        var unknown = await (await client.PostHandlerAsync(page, request.Reference, "Note", ("note", "Pregunta a @nadie-conocido"))).TextAsync();
        Assert.Contains("No hay nadie con el nombre de usuario «nadie-conocido»", unknown, StringComparison.Ordinal);
        using var noted = await client.PostHandlerAsync(page, request.Reference, "Note", ("note", $"@{colleagueName}, ¿lo podéis recoger mañana? Escribid a vecinos@correo.example."));
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);

        var note = Assert.Single(await Host.MessagesAsync(request.Id), m => m.Direction == MessageDirection.Note);
        Assert.Contains(await Host.EventsAsync(request.Id), e => e.Kind == RequestEventKind.NoteAdded && e.MessageId == note.Id && e.Detail == "@" + colleagueName);
        using var colleague = await Host.SignedInAsync(colleagueName);
        var inbox = await (await colleague.GetAsync(InboxPaths.Admin, Ct)).TextAsync();
        Assert.Contains("Te han mencionado", inbox, StringComparison.Ordinal);
        Assert.Contains(request.Reference, inbox, StringComparison.Ordinal);

        var opened = await (await colleague.GetAsync(page, Ct)).TextAsync();
        Assert.Contains("Nota interna", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("Te han mencionado", await (await colleague.GetAsync(InboxPaths.Admin, Ct)).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_reference_opens_its_request_and_words_find_it_by_subject()
    {
        var (client, request) = await HandlerWithRequestAsync("Farola fundida en el parque de la Estación");

        using var jump = await client.GetAsync(InboxPaths.Admin + "?buscar=" + Uri.EscapeDataString(request.Reference.ToLowerInvariant()), Ct);
        var found = await (await client.GetAsync(InboxPaths.Admin + "?buscar=farola%20PARQUE", Ct)).TextAsync();
        var notFound = await (await client.GetAsync(InboxPaths.Admin + "?buscar=farola%20piscina", Ct)).TextAsync();

        Assert.Equal(HttpStatusCode.Redirect, jump.StatusCode);
        Assert.Equal(InboxPaths.Request(request.Reference), jump.Headers.Location!.OriginalString);
        Assert.Contains(request.Reference, found, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Reference, notFound, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, Request Request)> HandlerWithRequestAsync(string text, int? unit = null)
    {
        var unitId = unit ?? await Host.UnitAsync("Atención");
        var request = await Host.RequestInUnitAsync(unitId, text);
        var (userName, _) = await Host.StaffAsync(PortalRoles.CitizenService, unitId);
        return (await Host.SignedInAsync(userName), request);
    }

    private async Task AppendAsync(Request request, string text)
    {
        var sender = (await Host.MessagesAsync(request.Id))[0].AuthorName;
        await Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var stored = await unitOfWork.Db.Set<Request>().FindAsync([request.Id], ct);
            await services.GetRequiredService<RequestIntake>().AppendAsync(stored!, new InboundMessage(InboxChannel.WebForm, DateTime.UtcNow, text, sender), ct);
            await unitOfWork.CommitAsync(ct);
        });
    }
}
