using Portal.PlainLanguage.Scoring;

namespace Portal.UnitTests.PlainLanguage;

public sealed class SyllablesTests
{
    // The design note's test set (§3).
    [Theory]
    [InlineData("ciudad", 2)]
    [InlineData("país", 2)]
    [InlineData("averiguáis", 4)]
    [InlineData("guerra", 2)]
    [InlineData("pingüino", 3)]
    [InlineData("leer", 2)]
    [InlineData("rey", 1)]
    [InlineData("búho", 2)]
    [InlineData("día", 2)]
    [InlineData("baúl", 2)]
    [InlineData("reír", 2)]
    [InlineData("ahumado", 3)]
    [InlineData("guitarra", 3)]
    [InlineData("cuidado", 3)]
    [InlineData("caos", 2)]
    [InlineData("muy", 1)]
    [InlineData("ya", 1)]
    [InlineData("leyes", 2)]
    [InlineData("prohíbe", 3)]
    [InlineData("Paraguay", 3)]
    [InlineData("formulario", 4)]
    [InlineData("electrónica", 5)]
    [InlineData("gratuito", 3)]
    [InlineData("que", 1)]
    public void Counts_the_vowel_nuclei_of_the_test_set(string word, int expected) =>
        Assert.Equal(expected, Syllables.Count(word));

    [Theory]
    [InlineData("y", 1)]
    [InlineData("buey", 1)]
    [InlineData("CIUDAD", 2)]
    [InlineData("Sr", 1)]
    [InlineData("aguas", 2)]
    public void Handles_y_alone_triphthongs_capitals_and_words_without_vowels(string word, int expected) =>
        Assert.Equal(expected, Syllables.Count(word));
}
