using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Publishing;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>A fresh site whose six channels point at its own social sandbox, with waits shortened to seconds.</summary>
public class SyndicationFixture : PortalFixture
{
    public static readonly string[] Networks = ["mastodon", "bluesky", "telegram", "facebook", "x", "linkedin"];

    public SandboxServer Sandbox { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync();
        await base.InitializeAsync();
        await Host.SyndicatePagesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:SandboxUrl", Sandbox.Url)
            .With("Portal:Syndication:PollInterval", "00:00:00.200")
            .With("Portal:Syndication:Lease", "00:00:05")
            .With("Portal:Syndication:HttpTimeout", "00:00:10")
            .With("Portal:Syndication:BackoffBase", "00:00:00.200")
            .With("Portal:Syndication:BackoffCap", "00:00:01")
            .With("Portal:Syndication:ReconcileGrace", "00:00:01")
            .With("Portal:Syndication:MaxAttempts", "4")

            // Reading replies would take faults and budgets these tests set for lookups; ReplyFixture turns it on.
            .With("Portal:Syndication:Replies:Enabled", "false");

        // Telegram's pacing (a message every few seconds) would only slow down tests of other guarantees;
        // RateBudgetTests keep it.
        host.With("Portal:Syndication:Limits:Telegram:Spacing", "00:00:00")
            .With("Portal:Syndication:Limits:Telegram:Budget", "1000000");
    }
}

/// <summary>Publishing and waiting, as the tests of the delivery engine need them.</summary>
public static class SyndicationTestSteps
{
    /// <summary>Pages are not syndicated by default (they hold the legal texts); the engine's tests publish pages, so they turn them on.</summary>
    public static Task SyndicatePagesAsync(this PortalHost host) =>
        host.SaveSettingsAsync(new SyndicatedTypesOptions { Types = { [PageContent.TypeName] = true } });

    public static Task<ContentItem> PublishPageAsync(this PortalHost host, string title) =>
        host.RunAsync(async (services, ct) =>
        {
            var page = new PageContent { Title = title, Summary = "Resumen de " + title + "." };
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(PageContent.TypeName, page, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Item!;
        });

    public static Task<List<Delivery>> DeliveriesAsync(this PortalHost host, string? itemId = null) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Delivery>().AsNoTracking()
            .Where(d => itemId == null || d.ItemId == itemId).OrderBy(d => d.Id).ToListAsync(ct));

    public static Task<Channel> ChannelAsync(this PortalHost host, SocialNetwork network) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Channel>().AsNoTracking().SingleAsync(c => c.Network == network, ct));

    /// <summary>Polls (up to a generous bound) until <paramref name="until"/> gives a value.</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T?>> until)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await until() is { } done)
            {
                return done;
            }

            Assert.True(DateTime.UtcNow < deadline, "The expected state was not reached in time.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits (polling, up to a generous bound) until every delivery of the item is settled.</summary>
    public static async Task<List<Delivery>> WaitSettledAsync(this PortalHost host, string? itemId, int expected, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var deliveries = await host.DeliveriesAsync(itemId);
            if (deliveries.Count >= expected && deliveries.All(d => d.State is DeliveryState.Sent or DeliveryState.Failed))
            {
                return deliveries;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Deliveries not settled: {string.Join(", ", deliveries.Select(d => $"{d.Id}:{d.State}:{d.LastErrorKind}:{d.LastError}"))}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
