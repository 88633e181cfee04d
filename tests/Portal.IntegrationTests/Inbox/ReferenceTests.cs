using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

public sealed class ReferenceTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task Two_hundred_requests_opened_at_once_get_two_hundred_distinct_gapless_references()
    {
        // On PostgreSQL half of them go through a second node, as on a cluster; SQLite sites run on one node.
        await using var second = Fixture.Database.Provider == "Postgres" ? Fixture.SecondNode() : null;
        var before = (await Host.RequestsAsync()).Select(r => r.Number).DefaultIfEmpty(0).Max();
        var at = new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

        var opened = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            (second is not null && i % 2 == 1 ? second : Host).OpenRequestAsync("Consulta " + i.ToString(CultureInfo.InvariantCulture), sender: $"vecina{i}@correo.example", atUtc: at)));

        var numbers = opened.Select(r => r.Number).Order().ToList();
        Assert.Equal(Enumerable.Range(before + 1, 200), numbers);
        Assert.Equal(200, opened.Select(r => r.Reference).Distinct().Count());
        Assert.All(opened, r =>
        {
            Assert.True(ReferenceNumbers.TryParse(r.Reference, out var parsed));
            Assert.Equal(r.Reference, parsed);
            Assert.StartsWith("REF-2026-", r.Reference, StringComparison.Ordinal);
        });
        Assert.Equal(200, (await Host.RequestsAsync()).Select(r => r.PublicToken).Where(t => opened.Any(o => o.PublicToken == t)).Distinct().Count());
    }

    [Fact]
    public async Task A_request_whose_transaction_rolls_back_gives_its_number_back()
    {
        var first = await Host.OpenRequestAsync("Antes");
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var intake = services.GetRequiredService<RequestIntake>();
            await intake.OpenAsync(new InboundMessage(InboxChannel.Phone, DateTime.UtcNow, "Se pierde", "Vecino"), new SenderHandle(HandleKind.Phone, "", "+34600000001", "600 000 001", false), ct);
            throw new InvalidOperationException("The caller fails after the request was written.");
        }));
        var next = await Host.OpenRequestAsync("Después", sender: "otra@correo.example");

        Assert.Equal(first.Number + 1, next.Number);
    }
}
