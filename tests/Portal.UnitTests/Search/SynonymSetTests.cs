using Portal.Search.Analysis;
using Portal.Search.Synonyms;

namespace Portal.UnitTests.Search;

public sealed class SynonymSetTests
{
    private static readonly SynonymSet Set = SynonymSet.Parse(DefaultSynonyms.Lines, SearchAnalysis.Spanish);

    private static List<string> Stems(string text) => [.. SearchAnalysis.Spanish.Text.Tokens(SearchFields.Body, text).Select(t => t.Term)];

    [Fact]
    public void A_multi_word_variant_is_found_and_named_by_its_group()
    {
        var matches = Set.Find(Stems("cobrar la prestación por desempleo"));

        var match = Assert.Single(matches);
        Assert.Equal("syn_paro", match.Concept);
        Assert.Equal(2, match.Length);
    }

    [Fact]
    public void Variants_match_without_accents() =>
        Assert.Equal(Set.Find(Stems("plusvalía")).Select(m => m.Concept), Set.Find(Stems("PLUSVALIA")).Select(m => m.Concept));

    [Fact]
    public void The_longest_variant_wins()
    {
        var matches = Set.Find(Stems("volante de empadronamiento"));

        Assert.Equal(2, Assert.Single(matches).Length);
    }

    [Fact]
    public void Lines_with_a_single_variant_are_ignored_and_change_the_fingerprint()
    {
        var one = SynonymSet.Parse(["paro, desempleo", "solo"], SearchAnalysis.Spanish);
        var two = SynonymSet.Parse(["paro, desempleo", "vado, cochera"], SearchAnalysis.Spanish);

        Assert.Equal(2, one.Count);
        Assert.NotEqual(one.Fingerprint, two.Fingerprint);
    }
}
