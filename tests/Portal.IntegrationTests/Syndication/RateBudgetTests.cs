using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// The networks' documented pacing, with the sandbox enforcing Telegram's as Telegram does (429 + retry_after),
/// and Meta's usage pause shortened to seconds.
/// </summary>
public sealed class PacedFixture : SyndicationFixture
{
    public static readonly TimeSpan MetaPause = TimeSpan.FromSeconds(3);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Sandbox.Pacing.Set(new Pacing("telegram", PerChatSeconds: 1, PerMinute: 20));
    }

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        var telegram = NetworkLimit.Documented()[SocialNetwork.Telegram];
        host.With("Portal:Syndication:Limits:Telegram:Spacing", telegram.Spacing.ToString("c", CultureInfo.InvariantCulture))
            .With("Portal:Syndication:Limits:Telegram:Budget", telegram.Budget?.ToString(CultureInfo.InvariantCulture))
            .With("Portal:Syndication:Limits:Facebook:Pause", MetaPause.ToString("c", CultureInfo.InvariantCulture));
    }
}

/// <summary>G7: the channel waits for its budget instead of being refused, and never fails or counts an attempt for it.</summary>
public sealed class RateBudgetTests(PacedFixture fixture) : SyndicationTest<PacedFixture>(fixture), IClassFixture<PacedFixture>
{
    [Fact]
    public async Task Meta_usage_above_90_percent_pauses_the_channel_then_the_next_post_goes_out()
    {
        Sandbox.Faults.Add(new Fault("facebook", "usage", UsagePercent: 95));
        var before = Sandbox.Store.Requests("facebook").Count;

        var first = await Host.PublishPageAsync("Plazo de matrícula en las escuelas infantiles");
        var firstFacebook = await FacebookDeliveryAsync(await Host.WaitSettledAsync(first.ItemId, 6));
        var second = await Host.PublishPageAsync("Cortes de tráfico por la media maratón");
        var secondFacebook = await FacebookDeliveryAsync(await Host.WaitSettledAsync(second.ItemId, 6));

        Assert.Equal(DeliveryState.Sent, firstFacebook.State);
        Assert.Equal(DeliveryState.Sent, secondFacebook.State);
        Assert.Equal(1, secondFacebook.Attempts);

        // Nothing reached Facebook while the channel was paused: the second post went out once the pause was over.
        var requests = Sandbox.Store.Requests("facebook").Skip(before).ToList();
        Assert.Equal(["create", "create"], requests.Select(r => r.Operation));
        Assert.All(requests, r => Assert.Equal(200, r.Status));
        Assert.True(requests[1].ReceivedUtc >= requests[0].ReceivedUtc + PacedFixture.MetaPause, $"Sent at {requests[1].ReceivedUtc:O}, within the pause after {requests[0].ReceivedUtc:O}.");

        // The attempt log keeps the usage each answer reported; the health view shows the latest, in Spanish.
        var usage = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<DeliveryAttempt>()
            .Where(a => a.DeliveryId == firstFacebook.Id || a.DeliveryId == secondFacebook.Id).OrderBy(a => a.Id).Select(a => a.UsagePercent).ToListAsync(ct));
        Assert.Equal([95, FacebookDialect.OrdinaryUsage], usage);
        using var client = await Host.SignedInClientAsync();
        var health = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/difusion/canales", TestContext.Current.CancellationToken));
        Assert.Contains($"Uso del límite de Meta: {FacebookDialect.OrdinaryUsage} % (llamadas)", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_five_publications_reach_telegram_spaced_as_telegram_requires()
    {
        const int publications = 25;
        // What an earlier test left on its way goes out first, so that the count below is this test's alone.
        var existing = (await Host.WaitSettledAsync(null, 0)).Count;
        var before = Sandbox.Creates("telegram").Count;

        var items = new List<string>();
        for (var i = 0; i < publications; i++)
        {
            items.Add((await Host.PublishPageAsync($"Aviso {i}: recogida de enseres en los barrios")).ItemId);
        }

        var deliveries = await Host.WaitSettledAsync(null, existing + (publications * 6), TimeSpan.FromMinutes(5));

        var telegram = (await Host.ChannelAsync(SocialNetwork.Telegram)).Id;
        var paced = deliveries.Where(d => items.Contains(d.ItemId) && d.ChannelId == telegram).ToList();
        Assert.Equal(publications, paced.Count);
        Assert.All(paced, d => Assert.Equal((DeliveryState.Sent, 1), (d.State, d.Attempts)));

        // Telegram refused none (the sandbox answers 429 as Telegram does), because none came too soon.
        var creates = Sandbox.Creates("telegram").Skip(before).ToList();
        Assert.Equal(publications, creates.Count);
        Assert.All(creates, r => Assert.Equal(200, r.Status));
        var times = creates.Select(r => r.ReceivedUtc).Order().ToList();
        for (var i = 1; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromSeconds(1), $"Messages {i - 1} and {i} to the chat {(times[i] - times[i - 1]).TotalMilliseconds} ms apart.");
        }

        for (var i = 20; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 20] >= TimeSpan.FromMinutes(1), $"21 messages to the chat within {(times[i] - times[i - 20]).TotalSeconds} s.");
        }
    }

    private async Task<Delivery> FacebookDeliveryAsync(List<Delivery> deliveries)
    {
        var facebook = (await Host.ChannelAsync(SocialNetwork.Facebook)).Id;
        return deliveries.Single(d => d.ChannelId == facebook);
    }
}
