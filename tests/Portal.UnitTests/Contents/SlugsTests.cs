using Portal.Contents.Routing;

namespace Portal.UnitTests.Contents;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Solicitud de ayudas: año 2026", "solicitud-de-ayudas-ano-2026")]
    [InlineData("  ¿Cómo me EMPADRONO?  ", "como-me-empadrono")]
    [InlineData("Pingüino, canción y çedilla", "pinguino-cancion-y-cedilla")]
    [InlineData("Col·legi d'Educació", "col-legi-d-educacio")]
    [InlineData("---", "")]
    [InlineData("", "")]
    public void Slugify_folds_accents_and_joins_words_with_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slugs.Slugify(text));

    [Fact]
    public void Slugify_cuts_long_titles_at_a_word_boundary()
    {
        var slug = Slugs.Slugify(string.Join(' ', Enumerable.Repeat("palabra", 30)));

        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.EndsWith("palabra", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstFree_numbers_the_slug_past_the_taken_ones()
    {
        Assert.Equal("tasas", Slugs.FirstFree("tasas", new HashSet<string> { "tasas-2" }));
        Assert.Equal("tasas-3", Slugs.FirstFree("tasas", new HashSet<string> { "tasas", "tasas-2" }));
    }

    [Theory]
    [InlineData("horario-biblioteca", true)]
    [InlineData("Horario", false)]
    [InlineData("horario--biblioteca", false)]
    [InlineData("-horario", false)]
    [InlineData("horario.html", false)]
    public void IsValid_accepts_only_what_Slugify_produces(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));
}
