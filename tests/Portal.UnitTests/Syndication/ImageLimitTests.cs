using Portal.Media.Assets;
using Portal.Media.Sharing;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Counting;
using Portal.Syndication.Messages;

namespace Portal.UnitTests.Syndication;

/// <summary>A message's image is checked against each network's documented file limit before anything is queued.</summary>
public sealed class ImageLimitTests
{
    [Theory]
    [InlineData(SocialNetwork.Bluesky, 1_000_000, true)]
    [InlineData(SocialNetwork.Bluesky, 1_000_001, false)]
    [InlineData(SocialNetwork.X, 5 * 1024 * 1024, true)]
    [InlineData(SocialNetwork.X, (5 * 1024 * 1024) + 1, false)]
    [InlineData(SocialNetwork.Facebook, (4 * 1024 * 1024) + 1, false)]
    [InlineData(SocialNetwork.Telegram, (10 * 1024 * 1024) + 1, false)]
    [InlineData(SocialNetwork.Mastodon, 16 * 1024 * 1024, true)]
    [InlineData(SocialNetwork.LinkedIn, 50 * 1024 * 1024, true)]
    public void An_image_fits_a_network_up_to_its_documented_size(SocialNetwork network, long bytes, bool fits)
    {
        var plan = Plan(network) with { Image = new SharedImage(new MediaAsset(), "Cartel de las fiestas"), ImageBytes = bytes };

        Assert.Equal(fits, plan.ImageFits);
        Assert.Equal(fits, plan.Fits);
    }

    [Fact]
    public void A_message_without_an_image_only_has_to_fit_its_text() =>
        Assert.True(Plan(SocialNetwork.Bluesky).Fits);

    [Fact]
    public void An_image_that_could_not_be_prepared_never_fits() =>
        Assert.False((Plan(SocialNetwork.Mastodon) with { Image = new SharedImage(new MediaAsset(), "Cartel") }).Fits);

    private static ChannelPlan Plan(SocialNetwork network)
    {
        const string text = "Fiestas de 2026 https://ayto.example/s/abcdefghjk";
        var count = NetworkCounters.For(network).Count(text, new CountingOptions());
        return new ChannelPlan(new Channel { Network = network, Name = network.ToString() }, Enabled: true, Custom: false, Template: "", text, count, TemplateError: null);
    }
}
