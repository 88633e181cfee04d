using Microsoft.Extensions.Configuration;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.UnitTests.Syndication;

/// <summary>How long a channel waits after an answer, and how its limits are configured.</summary>
public sealed class RateBudgetRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, ErrorKind?, int?, int?, int?, double?> Answers => new()
    {
        // case, error, retry after (s), usage %, Meta's estimate (min) → pause (s) or none
        { "a success", null, null, null, null, null },
        { "a success at 90%", null, null, 90, null, null },
        { "a success at 95% without estimate", null, null, 95, null, 3600 },
        { "a success at 95% with Meta's estimate", null, null, 95, 19, 19 * 60 },
        { "a refusal naming its time", ErrorKind.RateLimited, 42, null, null, 42 },
        { "a refusal naming its time and usage", ErrorKind.RateLimited, 42, 100, 19, 42 },
        { "a throttle with Meta's estimate only", ErrorKind.RateLimited, null, 100, 19, 19 * 60 },
        { "a refusal naming nothing", ErrorKind.RateLimited, null, null, null, 3600 },
        { "a server error at 95%", ErrorKind.Transient, null, 95, null, 3600 },
        { "a permanent error", ErrorKind.Permanent, null, 20, null, null },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void An_answer_pauses_the_channel_for_the_time_the_network_names_or_else_the_configured_pause(
        string answer, ErrorKind? error, int? retryAfterSeconds, int? usagePercent, int? regainMinutes, double? pauseSeconds)
    {
        var limit = new NetworkLimit { Pause = TimeSpan.FromHours(1) };
        var outcome = new SendOutcome("POST /feed", 200, null, 10)
        {
            Error = error,
            RetryAtUtc = retryAfterSeconds is { } seconds ? Now.AddSeconds(seconds) : null,
            Usage = usagePercent is { } percent ? new MetaUsage(percent, "call_count", regainMinutes) : null,
        };

        var until = RateBudgets.PauseUntil(limit, outcome, Now);

        Assert.True(pauseSeconds is null ? until is null : until == Now.AddSeconds(pauseSeconds.Value), $"{answer}: {until:O}");
    }

    [Fact]
    public void Configuration_changes_one_figure_and_keeps_the_documented_rest()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:Syndication:Limits:Telegram:Spacing"] = "00:00:05",
            ["Portal:Syndication:Limits:X:Budget"] = "17",
            ["Portal:Syndication:Limits:X:Window"] = "1.00:00:00",
        }).Build();

        var options = configuration.GetSection(SyndicationOptions.Section).Get<SyndicationOptions>()!;

        Assert.Equal(TimeSpan.FromSeconds(5), options.Limits[SocialNetwork.Telegram].Spacing);
        Assert.Equal(20, options.Limits[SocialNetwork.Telegram].Budget);
        Assert.Equal(17, options.Limits[SocialNetwork.X].Budget);
        Assert.Equal(TimeSpan.FromDays(1), options.Limits[SocialNetwork.X].Window);
        Assert.Equal(300, options.Limits[SocialNetwork.Mastodon].Budget);
        Assert.Equal(3, options.Limits[SocialNetwork.Bluesky].Cost);
        Assert.Equal(TimeSpan.FromHours(1), options.Limits[SocialNetwork.Facebook].Pause);
        Assert.Null(options.Limits[SocialNetwork.LinkedIn].Budget);
    }

    [Fact]
    public void Telegram_spacing_never_puts_more_than_its_budget_in_a_window()
    {
        var telegram = NetworkLimit.Documented()[SocialNetwork.Telegram];

        // One message per spacing: the (budget + 1)th starts a full window after the first.
        Assert.True(telegram.Spacing * telegram.Budget!.Value >= telegram.Window);
        Assert.True(telegram.Spacing >= TimeSpan.FromSeconds(1));
    }
}
