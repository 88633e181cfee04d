using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.Categories;
using Portal.Inbox.People;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Privacy;

/// <summary>The retention rules: the dry run lists exactly what a run then does, and legal holds and recent closings are left alone.</summary>
public sealed class RetentionTests(PrivacyFixture fixture) : PortalTest<PrivacyFixture>(fixture), IClassFixture<PrivacyFixture>
{
    [Fact]
    public async Task The_dry_run_lists_and_the_run_anonymises_or_deletes_exactly_the_expired_requests_without_a_legal_hold()
    {
        var now = DateTime.UtcNow;
        var (complaints, registry) = await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<IUnitOfWork>().Db;
            var a = new Category { Name = "Quejas " + Guid.NewGuid().ToString("N")[..6] };
            var b = new Category { Name = "Padrón " + Guid.NewGuid().ToString("N")[..6] };
            db.AddRange(a, b);
            await db.SaveChangesAsync(ct);
            db.AddRange(
                new RetentionRule { CategoryId = a.Id, Action = RetentionAction.Anonymise, Months = 12 },
                new RetentionRule { CategoryId = b.Id, Action = RetentionAction.Delete, Months = 24 });
            await db.SaveChangesAsync(ct);
            return (a.Id, b.Id);
        });
        var anonymise = await OpenClosedAsync("Soy Ana, DNI 12345678Z, mi queja es por el ruido", complaints, now.AddMonths(-13), "ana@correo.example");
        var (publicReply, interactionId) = await Host.OpenPublicRequestAsync("Mi móvil es 612 34 56 78, la queja sigue sin respuesta");
        publicReply = await CloseAsync(publicReply.Id, complaints, now.AddMonths(-14));
        var recent = await OpenClosedAsync("Otra queja por el ruido", complaints, now.AddMonths(-11), "luis@correo.example");
        var held = await OpenClosedAsync("Queja con reclamación abierta", complaints, now.AddMonths(-30), "eva@correo.example");
        var delete = await OpenClosedAsync("Pido un volante de empadronamiento, calle Mayor 5", registry, now.AddMonths(-25), "pepe@correo.example");
        var open = await OpenClosedAsync("Volante todavía abierto", registry, null, "rosa@correo.example");
        await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<IUnitOfWork>().Db;
            db.Add(new LegalHold { RequestId = held.Id, Reason = "Reclamación ante el Consejo de Transparencia", SinceUtc = now });
            db.Add(new MessageOriginal { MessageId = (await db.Set<RequestMessage>().FirstAsync(m => m.RequestId == anonymise.Id, ct)).Id, RequestId = anonymise.Id, Protected = "cifrado", RedactedUtc = now });
            await db.SaveChangesAsync(ct);
        });
        using var admin = await Host.SignedInClientAsync();

        var dryRun = WebUtility.HtmlDecode(await admin.GetStringAsync(InboxPaths.Retention, TestContext.Current.CancellationToken));
        var plan = dryRun[dryRun.IndexOf("retention-plan", StringComparison.Ordinal)..];
        Assert.Contains(anonymise.Reference, plan, StringComparison.Ordinal);
        Assert.Contains(delete.Reference, plan, StringComparison.Ordinal);
        Assert.DoesNotContain(recent.Reference, plan, StringComparison.Ordinal);
        Assert.DoesNotContain(held.Reference, plan.Split("Bloqueos legales")[0], StringComparison.Ordinal);
        Assert.DoesNotContain(open.Reference, plan, StringComparison.Ordinal);
        Assert.Contains("calendario de conservación", dryRun, StringComparison.Ordinal);

        using var run = await admin.PostFormAsync(InboxPaths.Retention, [], InboxPaths.Retention + "?handler=Run");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);

        var requests = (await Host.RequestsAsync()).ToDictionary(r => r.Id);
        Assert.DoesNotContain(delete.Id, requests.Keys);
        Assert.Empty(await Host.MessagesAsync(delete.Id));
        Assert.Empty(await Host.EventsAsync(delete.Id));

        var copy = Assert.Single(await Host.RowsAsync<Portal.Syndication.Replies.Interaction>(), i => i.Id == interactionId);
        Assert.Equal("[anonimizado]", copy.Text);
        Assert.Null(requests[publicReply.Id].PersonId);

        var anonymised = requests[anonymise.Id];
        Assert.Null(anonymised.PersonId);
        Assert.All(await Host.MessagesAsync(anonymise.Id), m => Assert.Equal("[anonimizado]", m.Text));
        Assert.DoesNotContain(await Host.RowsAsync<MessageOriginal>(), o => o.RequestId == anonymise.Id);
        var events = await Host.EventsAsync(anonymise.Id);
        Assert.Contains(events, e => e.Kind == RequestEventKind.Created);
        Assert.Contains(events, e => e.Kind == RequestEventKind.Anonymised);
        Assert.All(events, e => Assert.Null(e.PersonId));
        var handles = await Host.RowsAsync<PersonHandle>();
        Assert.DoesNotContain(handles, h => h.Value == "ana@correo.example" || h.Value == "pepe@correo.example");
        Assert.Contains(handles, h => h.Value == "eva@correo.example");

        foreach (var untouched in new[] { recent, held, open })
        {
            Assert.NotNull(requests[untouched.Id].PersonId);
            Assert.DoesNotContain(await Host.MessagesAsync(untouched.Id), m => m.Text == "[anonimizado]");
        }

        var log = await Host.RowsAsync<RetentionLogEntry>();
        Assert.Equal(
            [(anonymise.Reference, RetentionAction.Anonymise), (publicReply.Reference, RetentionAction.Anonymise), (delete.Reference, RetentionAction.Delete)],
            log.Select(l => (l.Reference, l.Action)).Order().ToList());

        // A second run finds nothing left to do.
        using var again = await admin.PostFormAsync(InboxPaths.Retention, [], InboxPaths.Retention + "?handler=Run");
        Assert.Equal(3, (await Host.RowsAsync<RetentionLogEntry>()).Count);
    }

    private async Task<Request> OpenClosedAsync(string text, int categoryId, DateTime? closedUtc, string sender) =>
        await CloseAsync((await Host.OpenRequestAsync(text, InboxChannel.Email, sender: sender)).Id, categoryId, closedUtc);

    /// <summary>Files the request under the category and closes it at <paramref name="closedUtc"/> (keeps it open when null).</summary>
    private Task<Request> CloseAsync(long requestId, int categoryId, DateTime? closedUtc) =>
        Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<IUnitOfWork>().Db;
            var stored = await db.Set<Request>().SingleAsync(r => r.Id == requestId, ct);
            stored.CategoryId = categoryId;
            stored.ClosedUtc = closedUtc;
            stored.State = closedUtc is null ? RequestState.InProgress : RequestState.Closed;
            await db.SaveChangesAsync(ct);
            return stored;
        });
}
