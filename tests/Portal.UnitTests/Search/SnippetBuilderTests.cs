using Portal.Search.Analysis;
using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

public sealed class SnippetBuilderTests
{
    private static readonly SnippetBuilder Snippets = new(SearchAnalysis.Spanish);

    private static HighlightTerms Stems(params string[] stems) => new(new HashSet<string>(stems), new HashSet<string>(), []);

    [Fact]
    public void Matched_words_are_marked_as_written_in_the_text()
    {
        var snippet = Snippets.Build("Date de alta en el padrón municipal.", Stems("padron"));

        Assert.Equal("Date de alta en el <mark>padrón</mark> municipal.", snippet);
    }

    [Fact]
    public void The_rest_of_the_text_is_encoded()
    {
        var snippet = Snippets.Build("<b>vado</b> & garaje", Stems("vado"));

        Assert.Equal("&lt;b&gt;<mark>vado</mark>&lt;/b&gt; &amp; garaje", snippet);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_densest_matches()
    {
        var filler = string.Join(' ', Enumerable.Repeat("texto de relleno sin interés", 40));
        var text = filler + " Pide el vado para tu cochera y la placa del vado. " + filler;

        var snippet = Snippets.Build(text, Stems("vado", "cocher"))!;

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("Pide el <mark>vado</mark> para tu <mark>cochera</mark> y la placa del <mark>vado</mark>.", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 400);
    }

    [Fact]
    public void Typos_mark_the_word_they_meant_and_prefixes_mark_whole_words()
    {
        var fuzzy = new HighlightTerms(new HashSet<string>(), new HashSet<string> { "convivensi" }, ["empad"]);

        var snippet = Snippets.Build("Certificado de convivencia y empadronamiento.", fuzzy);

        Assert.Equal("Certificado de <mark>convivencia</mark> y <mark>empadronamiento</mark>.", snippet);
    }

    [Fact]
    public void No_match_gives_no_snippet() => Assert.Null(Snippets.Build("Nada que ver.", Stems("vado")));
}
