using System.Text;
using Portal.Syndication;
using Portal.Syndication.Counting;

namespace Portal.UnitTests.Syndication;

/// <summary>Worked examples of each network's documented length rules.</summary>
public sealed class CountingRulesTests
{
    private static int Used(SocialNetwork network, string text, bool media = false) =>
        NetworkCounters.For(network).Count(text, new CountingOptions(HasMedia: media)).Primary.Used;

    [Fact]
    public void Mastodon_counts_every_link_as_23_and_remote_mentions_as_local()
    {
        Assert.Equal(5 + 23, Used(SocialNetwork.Mastodon, "Hola https://www.example.org/un/camino/muy/largo?con=parametros"));
        Assert.Equal(4 + 1 + 4, Used(SocialNetwork.Mastodon, "@ana@mastodon.social hola"));
        Assert.Equal(23 + 1, Used(SocialNetwork.Mastodon, "https://mastodon.social/@ana@otro.es."));
    }

    [Fact]
    public void Mastodon_uses_the_instance_limit()
    {
        var count = new MastodonCounter().Count(new string('a', 600), new CountingOptions(MaxCharacters: 1000));
        Assert.True(count.Fits);
        Assert.False(new MastodonCounter().Count(new string('a', 501), new CountingOptions()).Fits);
    }

    [Fact]
    public void Graphemes_count_what_a_reader_sees()
    {
        Assert.Equal(1, Used(SocialNetwork.Mastodon, "n\u0303"));
        Assert.Equal(1, Used(SocialNetwork.Bluesky, "👨‍👩‍👧‍👦"));
        Assert.Equal(1, Used(SocialNetwork.Bluesky, "🇪🇸"));
        Assert.Equal(1, Used(SocialNetwork.Mastodon, "👍🏽"));
    }

    [Fact]
    public void Bluesky_counts_links_in_full_and_checks_bytes()
    {
        var count = new BlueskyCounter().Count("ñ https://a.es/x", new CountingOptions());
        Assert.Equal(16, count.Measures[0].Used);
        Assert.Equal(17, count.Measures[1].Used);
        var bytes = new BlueskyCounter().Count(string.Concat(Enumerable.Repeat("𝕏", 290)), new CountingOptions());
        Assert.True(bytes.Measures[0].Fits);
        Assert.True(bytes.Measures[1].Fits);
        Assert.Equal(LengthUnit.Utf8Bytes, new BlueskyCounter().Count(string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 200)), new CountingOptions()).FirstExceeded?.Unit);
    }

    [Fact]
    public void Bluesky_facets_are_utf8_byte_ranges()
    {
        const string text = "¡Año 👋! https://sede.example.es/trámite. #Empleo";
        var facets = BlueskyFacets.Of(text);
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Collection(
            facets,
            link =>
            {
                Assert.Equal("https://sede.example.es/trámite", link.Uri);
                Assert.Equal(link.Uri, Encoding.UTF8.GetString(bytes[link.ByteStart..link.ByteEnd]));
                Assert.Equal(13, link.ByteStart);
            },
            tag =>
            {
                Assert.Equal("Empleo", tag.Tag);
                Assert.Equal("#Empleo", Encoding.UTF8.GetString(bytes[tag.ByteStart..tag.ByteEnd]));
            });
    }

    [Theory]
    [InlineData("ñandú", 5)]
    [InlineData("n\u0303andu\u0301", 5)]
    [InlineData("👨‍👩‍👧", 2)]
    [InlineData("🇪🇸", 2)]
    [InlineData("日本", 4)]
    [InlineData("“comillas”—", 11)]
    [InlineData("Ver https://t.example/abc.", 4 + 23 + 1)]
    public void X_weights_characters_as_twitter_text_v3(string text, int expected) =>
        Assert.Equal(expected, Used(SocialNetwork.X, text));

    [Fact]
    public void Telegram_limits_captions_to_1024()
    {
        var text = new string('a', 2000);
        Assert.True(new TelegramCounter().Count(text, new CountingOptions()).Fits);
        Assert.False(new TelegramCounter().Count(text, new CountingOptions(HasMedia: true)).Fits);
        Assert.Equal(2, Used(SocialNetwork.Telegram, "😀"));
    }

    [Fact]
    public void LinkedIn_escapes_reserved_characters_and_counts_the_escapes()
    {
        Assert.Equal(@"\(\#empleo\) a\_b \@ayto", LinkedInCounter.Escape("(#empleo) a_b @ayto"));
        Assert.Equal(7, Used(SocialNetwork.LinkedIn, "(ñ)_"));
    }
}
