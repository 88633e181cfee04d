using System.Buffers.Text;
using System.Text;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Networks;

namespace Portal.UnitTests.Syndication;

/// <summary>G9's pure rules: merging secrets, when to renew, reading a JWT's expiry, what staff are warned about.</summary>
public sealed class CredentialRenewalRulesTests
{
    private static readonly DateTime Now = new(2026, 5, 12, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_empty_value_never_erases_a_stored_secret_and_a_new_one_replaces_it()
    {
        var stored = new ChannelCredentials("access-1", "refresh-1", "password") { ClientId = "client", ClientSecret = "secret", Did = "did:plc:a" };

        var merged = stored.With(new ChannelCredentials("", " ", null) { ClientId = "", ClientSecret = null });
        Assert.Equal(stored, merged);

        var rotated = stored.With(new ChannelCredentials(" access-2 ", "refresh-2"));
        Assert.Equal(("access-2", "refresh-2"), (rotated.AccessToken, rotated.RefreshToken));
        Assert.Equal(("password", "client", "secret", "did:plc:a"), (rotated.AppPassword, rotated.ClientId, rotated.ClientSecret, rotated.Did));
    }

    [Fact]
    public void A_rotated_pair_without_a_refresh_token_keeps_the_stored_one()
    {
        var stored = new ChannelCredentials("access-1", "refresh-1");
        Assert.Equal("refresh-1", stored.With(new ChannelCredentials("access-2")).RefreshToken);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(30, false)]
    [InlineData(6, false)]
    [InlineData(4, true)]
    [InlineData(-60, true)]
    public void X_renews_within_five_minutes_of_a_known_expiry(int? minutesLeft, bool due)
    {
        var channel = new Channel { Network = SocialNetwork.X, TokenExpiresUtc = minutesLeft is { } m ? Now.AddMinutes(m) : null };
        var renewable = new ChannelCredentials("access", "refresh") { ClientId = "client" };
        Assert.Equal(due, CredentialRefresher.IsDue(new XTokenClient(), channel, renewable, Now));
    }

    [Fact]
    public void Without_a_refresh_token_or_client_nothing_is_renewed_whatever_the_expiry()
    {
        var expired = new Channel { Network = SocialNetwork.X, TokenExpiresUtc = Now.AddHours(-1) };
        Assert.False(CredentialRefresher.IsDue(new XTokenClient(), expired, new ChannelCredentials("access"), Now));
        Assert.False(CredentialRefresher.IsDue(new XTokenClient(), expired, new ChannelCredentials("access", "refresh"), Now));
        Assert.False(CredentialRefresher.IsDue(new LinkedInTokenClient(), expired, new ChannelCredentials("access", "refresh") { ClientId = "client" }, Now));
    }

    [Fact]
    public void LinkedIn_renews_a_week_ahead()
    {
        var credentials = new ChannelCredentials("access", "refresh") { ClientId = "client", ClientSecret = "secret" };
        var client = new LinkedInTokenClient();
        Assert.True(CredentialRefresher.IsDue(client, new Channel { TokenExpiresUtc = Now.AddDays(6) }, credentials, Now));
        Assert.False(CredentialRefresher.IsDue(client, new Channel { TokenExpiresUtc = Now.AddDays(8) }, credentials, Now));
    }

    [Fact]
    public void Bluesky_needs_a_session_before_any_call_and_renews_it_five_minutes_ahead()
    {
        var client = new BlueskyTokenClient();
        var channel = new Channel { Network = SocialNetwork.Bluesky, TokenExpiresUtc = Now.AddHours(1) };
        Assert.True(CredentialRefresher.IsDue(client, channel, new ChannelCredentials("", AppPassword: "password"), Now));

        var session = new ChannelCredentials("access-jwt", "refresh-jwt", "password") { Did = "did:plc:a" };
        Assert.False(CredentialRefresher.IsDue(client, channel, session, Now));
        Assert.True(CredentialRefresher.IsDue(client, new Channel { TokenExpiresUtc = Now.AddMinutes(3) }, session, Now));
    }

    [Fact]
    public void A_bluesky_channel_connected_with_its_password_as_access_token_can_still_open_a_session()
    {
        Assert.True(new BlueskyTokenClient().CanRenew(new ChannelCredentials("app-password")));
        Assert.False(new BlueskyTokenClient().CanRenew(new ChannelCredentials("")));
    }

    [Fact]
    public void The_expiry_of_a_jwt_is_its_exp_claim()
    {
        var token = $"{Part("""{"typ":"at+jwt","alg":"ES256K"}""")}.{Part("""{"sub":"did:plc:a","exp":1778580000}""")}.signature";
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1778580000).UtcDateTime, JwtExpiry.Of(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("opaque-access-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJleHAiOiJtYcOxYW5hIn0.")]
    public void A_token_without_a_readable_exp_has_no_known_expiry(string? token) => Assert.Null(JwtExpiry.Of(token));

    [Fact]
    public void A_blocked_channel_is_always_told_to_reconnect()
    {
        var warning = ChannelWarning.Of(new Channel { State = ChannelState.Blocked }, renews: true, Now);
        Assert.Equal(ChannelWarningKind.Blocked, warning?.Kind);
    }

    [Theory]
    [InlineData(8, null)]
    [InlineData(7, ChannelWarningKind.AccessExpiresSoon)]
    [InlineData(1, ChannelWarningKind.AccessExpiresSoon)]
    [InlineData(-1, ChannelWarningKind.AccessExpired)]
    public void An_expiry_nothing_renews_is_warned_about_seven_days_ahead(int daysLeft, ChannelWarningKind? expected)
    {
        var channel = new Channel { State = ChannelState.Active, TokenExpiresUtc = Now.AddDays(daysLeft) };
        Assert.Equal(expected, ChannelWarning.Of(channel, renews: false, Now)?.Kind);
        Assert.Null(ChannelWarning.Of(channel, renews: true, Now));
    }

    [Theory]
    [InlineData(30, null)]
    [InlineData(5, ChannelWarningKind.RenewalExpiresSoon)]
    [InlineData(-2, ChannelWarningKind.RenewalExpired)]
    public void A_refresh_token_that_expires_is_warned_about_too(int daysLeft, ChannelWarningKind? expected)
    {
        var channel = new Channel { State = ChannelState.Active, TokenExpiresUtc = Now.AddDays(50), RefreshExpiresUtc = Now.AddDays(daysLeft) };
        var warning = ChannelWarning.Of(channel, renews: true, Now);
        Assert.Equal(expected, warning?.Kind);
        Assert.Equal(expected is null ? null : channel.RefreshExpiresUtc, warning?.AtUtc);
    }

    [Fact]
    public void A_disabled_channel_warns_about_nothing()
    {
        var channel = new Channel { State = ChannelState.Disabled, TokenExpiresUtc = Now.AddDays(-1) };
        Assert.Null(ChannelWarning.Of(channel, renews: false, Now));
    }

    private static string Part(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
