using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Inbox;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

/// <summary>Staff join two people they know to be one, from the person page, and undo it; both are logged.</summary>
public sealed class PersonMergeTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task Merging_by_a_reference_joins_two_people_and_undoing_it_gives_both_back_with_the_log()
    {
        var first = await Host.OpenRequestAsync("¿Cuándo abre el plazo de las becas?", sender: "maria@correo.example");
        var second = await Host.OpenRequestAsync("Llamo por lo de las becas", InboxChannel.Phone, sender: "maria.garcia@correo.example");
        Assert.NotEqual(first.PersonId, second.PersonId);
        using var staff = await Host.SignedInClientAsync();
        var page = InboxPaths.Person(first.PersonId!.Value);

        var refused = await staff.PostFormAsync(page, [new("Reference", second.Reference[..^1] + "Q")], page + "?handler=Merge");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("No hay ninguna solicitud con esa referencia", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var merged = await staff.PostFormAsync(page, [new("Reference", second.Reference.ToLowerInvariant()), new("Reason", "Lo confirmó por teléfono")], page + "?handler=Merge");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(first.PersonId, (await PersonAsync(second.PersonId!.Value)).MergedIntoId);
        var html = await staff.GetStringAsync(page, TestContext.Current.CancellationToken);
        Assert.Contains(first.Reference, html, StringComparison.Ordinal);
        Assert.Contains(second.Reference, html, StringComparison.Ordinal);
        Assert.Contains("maria.garcia@correo.example", html, StringComparison.Ordinal);

        var unmerged = await staff.PostFormAsync(page, [new("personId", second.PersonId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))], page + "?handler=Unmerge");
        Assert.Equal(HttpStatusCode.Redirect, unmerged.StatusCode);
        Assert.Null((await PersonAsync(second.PersonId!.Value)).MergedIntoId);
        Assert.DoesNotContain(second.Reference, await staff.GetStringAsync(page, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var log = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<RequestEvent>().AsNoTracking()
            .Where(e => e.PersonId == second.PersonId && e.RequestId == null).OrderBy(e => e.Id).ToListAsync(ct));
        Assert.Equal([RequestEventKind.PersonMerged, RequestEventKind.PersonUnmerged], log.Select(e => e.Kind));
        Assert.All(log, e => Assert.NotNull(e.UserId));
        Assert.Contains("Lo confirmó por teléfono", log[0].Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(InboxPaths.Person(999_999), TestContext.Current.CancellationToken)).StatusCode);
    }

    private Task<Person> PersonAsync(long id) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Person>().AsNoTracking().SingleAsync(p => p.Id == id, ct));
}
