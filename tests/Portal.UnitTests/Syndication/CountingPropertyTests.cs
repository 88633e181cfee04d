using System.Text;
using CsCheck;
using Portal.Syndication;
using Portal.Syndication.Counting;

namespace Portal.UnitTests.Syndication;

/// <summary>
/// Random messages built from pieces whose cost each network documents (letters, ñ precomposed or with a
/// combining tilde, accents, emoji sequences, flags, CJK, links of any length, remote mentions): the counters
/// must give the sum of the pieces' documented costs.
/// </summary>
public sealed class CountingPropertyTests
{
    /// <summary>A piece of text and what it costs on Mastodon, Bluesky (graphemes) and X (weighted).</summary>
    private sealed record Piece(string Text, int Mastodon, int Bluesky, int X);

    private static readonly Gen<Piece> Word =
        Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[1, 12]
            .Select(chars => new Piece(new string(chars), chars.Length, chars.Length, chars.Length));

    private static readonly Gen<Piece> Spanish = Gen.OneOf(
        new Piece("ñ", 1, 1, 1),
        new Piece("n\u0303", 1, 1, 1),
        new Piece("Peñíscola", 9, 9, 9),
        new Piece("e\u0301xito", 5, 5, 5),
        new Piece("¿qué?", 5, 5, 5),
        new Piece("«cita»", 6, 6, 6));

    private static readonly Gen<Piece> Emoji = Gen.OneOf(
        new Piece("😀", 1, 1, 2),
        new Piece("👍🏽", 1, 1, 2),
        new Piece("👨‍👩‍👧‍👦", 1, 1, 2),
        new Piece("🇪🇸", 1, 1, 2),
        new Piece("❤️", 1, 1, 2),
        new Piece("1️⃣", 1, 1, 2));

    private static readonly Gen<Piece> Cjk = Gen.OneOf(new Piece("日本語", 3, 3, 6));

    private static readonly Gen<Piece> Link =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-/"].Array[0, 120], Gen.Bool, (path, secure) =>
        {
            var url = (secure ? "https" : "http") + "://sede.example.es/" + new string(path);
            return new Piece(url, MastodonCounter.CharactersPerUrl, url.Length, 23);
        });

    private static readonly Gen<Piece> Mention =
        Gen.Char["abcdefghijklmnopqrstuvwxyz_"].Array[1, 15].Select(user =>
        {
            var text = "@" + new string(user) + "@mastodon.example";
            return new Piece(text, user.Length + 1, text.Length, text.Length);
        });

    private static readonly Gen<Piece[]> Message =
        Gen.Frequency((5, Word), (3, Spanish), (2, Emoji), (1, Cjk), (2, Link), (1, Mention)).Array[1, 40];

    private static string Join(Piece[] pieces) => string.Join(' ', pieces.Select(p => p.Text));

    private static int Spaces(Piece[] pieces) => pieces.Length - 1;

    private static int Count(SocialNetwork network, string text) =>
        NetworkCounters.For(network).Count(text, new CountingOptions()).Primary.Used;

    [Fact]
    public void Mastodon_count_is_the_sum_of_documented_costs() =>
        Message.Sample(pieces =>
            Assert.Equal(pieces.Sum(p => p.Mastodon) + Spaces(pieces), Count(SocialNetwork.Mastodon, Join(pieces))));

    [Fact]
    public void Bluesky_count_is_the_sum_of_graphemes() =>
        Message.Sample(pieces =>
            Assert.Equal(pieces.Sum(p => p.Bluesky) + Spaces(pieces), Count(SocialNetwork.Bluesky, Join(pieces))));

    [Fact]
    public void X_weighted_length_is_the_sum_of_documented_weights() =>
        Message.Sample(pieces =>
            Assert.Equal(pieces.Sum(p => p.X) + Spaces(pieces), Count(SocialNetwork.X, Join(pieces))));

    [Fact]
    public void Composed_and_decomposed_forms_count_the_same() =>
        Message.Sample(pieces =>
        {
            var text = Join(pieces);
            foreach (var network in new[] { SocialNetwork.Mastodon, SocialNetwork.X })
            {
                Assert.Equal(Count(network, text.Normalize(NormalizationForm.FormC)), Count(network, text.Normalize(NormalizationForm.FormD)));
            }

            Assert.Equal(Graphemes.Count(text.Normalize(NormalizationForm.FormC)), Graphemes.Count(text.Normalize(NormalizationForm.FormD)));
        });

    [Fact]
    public void Bluesky_link_facets_point_at_their_links_in_utf8() =>
        Message.Sample(pieces =>
        {
            var text = Join(pieces);
            var bytes = Encoding.UTF8.GetBytes(text);
            var facets = BlueskyFacets.Of(text);
            var links = facets.Where(f => f.Uri is not null).ToList();

            Assert.Equal(pieces.Count(p => p.Text.StartsWith("http", StringComparison.Ordinal)), links.Count);
            foreach (var facet in links)
            {
                Assert.Equal(facet.Uri, Encoding.UTF8.GetString(bytes[facet.ByteStart..facet.ByteEnd]));
            }

            Assert.All(facets.Zip(facets.Skip(1)), pair => Assert.True(pair.First.ByteEnd <= pair.Second.ByteStart));
        });

    [Fact]
    public void LinkedIn_escaping_is_reversible_and_counted() =>
        Gen.String.Sample(text =>
        {
            var escaped = LinkedInCounter.Escape(text);
            var unescaped = new StringBuilder();
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] == '\\')
                {
                    i++;
                }

                unescaped.Append(escaped[i]);
            }

            Assert.Equal(text, unescaped.ToString());
            Assert.Equal(escaped.Length, Count(SocialNetwork.LinkedIn, text));
        });
}
