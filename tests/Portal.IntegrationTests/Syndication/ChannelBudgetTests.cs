using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// The budget on the channel's row, taken and corrected as the dispatcher does, at chosen instants (the site's own
/// dispatcher is off, so nothing else touches it).
/// </summary>
public sealed class ChannelBudgetTests(QueuedOnlyFixture fixture) : SyndicationTest<QueuedOnlyFixture>(fixture), IClassFixture<QueuedOnlyFixture>
{
    private static readonly DateTime Now = new(2030, 1, 7, 9, 0, 0, DateTimeKind.Utc);

    private RateBudgets Budgets => Host.Services.GetRequiredService<RateBudgets>();

    [Fact]
    public async Task Workers_in_parallel_share_one_budget_seeded_from_the_documented_limit()
    {
        var ct = TestContext.Current.CancellationToken;
        var x = await Host.ChannelAsync(SocialNetwork.X);
        var limit = NetworkLimit.Documented()[SocialNetwork.X];

        var takes = await Task.WhenAll(Enumerable.Range(0, limit.Budget!.Value + 20).Select(_ => Task.Run(() => Budgets.TakeAsync(x, Now, ct), ct)));

        Assert.Equal(limit.Budget, takes.Count(t => t is null));
        Assert.All(takes.Where(t => t is not null), t => Assert.Equal(Now + limit.Window, t));
        Assert.Equal(0, (await Host.ChannelAsync(SocialNetwork.X)).RateRemaining);

        // Once the window has passed the budget is whole again.
        Assert.Null(await Budgets.TakeAsync(x, Now + limit.Window, ct));
        Assert.Equal(limit.Budget - 1, (await Host.ChannelAsync(SocialNetwork.X)).RateRemaining);
    }

    [Fact]
    public async Task The_networks_count_corrects_the_seed_and_a_refusal_empties_it_until_the_time_it_names()
    {
        var ct = TestContext.Current.CancellationToken;
        var mastodon = await Host.ChannelAsync(SocialNetwork.Mastodon);
        Assert.Null(await Budgets.TakeAsync(mastodon, Now, ct));
        Assert.Equal((299, Now.AddMinutes(5)), await BudgetAsync(SocialNetwork.Mastodon));

        // The network's figure replaces ours; within its window a late answer cannot raise it again.
        var reset = Now.AddMinutes(3);
        await RecordAsync(mastodon, Answer() with { Budget = new RateBudget(40, reset) });
        await RecordAsync(mastodon, Answer() with { Budget = new RateBudget(38, reset) });
        await RecordAsync(mastodon, Answer() with { Budget = new RateBudget(39, reset) });
        Assert.Equal((38, reset), await BudgetAsync(SocialNetwork.Mastodon));
        Assert.Null(await Budgets.TakeAsync(mastodon, Now, ct));
        Assert.Equal((37, reset), await BudgetAsync(SocialNetwork.Mastodon));

        // A 429 empties it until the time it names: no call before, a fresh window after.
        var retryAt = Now.AddMinutes(2);
        await RecordAsync(mastodon, Answer() with { Status = 429, Error = ErrorKind.RateLimited, RetryAtUtc = retryAt });
        Assert.Equal(retryAt, await Budgets.TakeAsync(mastodon, Now.AddMinutes(1), ct));
        Assert.Null(await Budgets.TakeAsync(mastodon, retryAt, ct));
        Assert.Equal((299, retryAt.AddMinutes(5)), await BudgetAsync(SocialNetwork.Mastodon));
    }

    [Fact]
    public async Task Meta_usage_above_90_percent_pauses_a_channel_that_has_no_count()
    {
        var ct = TestContext.Current.CancellationToken;
        var facebook = await Host.ChannelAsync(SocialNetwork.Facebook);
        Assert.Null(await Budgets.TakeAsync(facebook, Now, ct));
        await RecordAsync(facebook, Answer() with { Usage = new MetaUsage(60, "total_time", null) });
        Assert.Equal((null, null), await BudgetAsync(SocialNetwork.Facebook));
        Assert.Null(await Budgets.TakeAsync(facebook, Now, ct));

        await RecordAsync(facebook, Answer() with { Usage = new MetaUsage(95, "call_count", 19) });

        Assert.Equal(Now.AddMinutes(19), await Budgets.TakeAsync(facebook, Now.AddMinutes(18), ct));
        Assert.Null(await Budgets.TakeAsync(facebook, Now.AddMinutes(19), ct));
        var channel = await Host.ChannelAsync(SocialNetwork.Facebook);
        Assert.Equal((95, "call_count"), (channel.UsagePercent, channel.UsageFigure));
    }

    private static SendOutcome Answer() => new("POST /statuses", 200, "{}", 15);

    private Task RecordAsync(Channel channel, SendOutcome outcome) =>
        Host.RunAsync((services, ct) => Budgets.RecordAsync(services.GetRequiredService<PortalDbContext>(), channel, outcome, Now, ct));

    private async Task<(int? Remaining, DateTime? ResetUtc)> BudgetAsync(SocialNetwork network)
    {
        var channel = await Host.ChannelAsync(network);
        return (channel.RateRemaining, channel.RateResetUtc);
    }
}
