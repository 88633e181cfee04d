using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

public sealed class UserQueryTests
{
    [Fact]
    public void Quotes_make_phrases_and_a_trailing_star_a_prefix()
    {
        var query = UserQuery.Parse("\"cita previa\" empad* vado");

        Assert.Equal(
            [new UserQueryPart("cita previa", UserQueryPartKind.Phrase), new UserQueryPart("empad", UserQueryPartKind.Prefix), new UserQueryPart("vado", UserQueryPartKind.Word)],
            query.Parts);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("( ) [ ] { } : ~ ^ \\ /")]
    [InlineData("")]
    public void Syntax_alone_is_an_empty_query(string input) => Assert.True(UserQuery.Parse(input).IsEmpty);

    [Fact]
    public void Short_prefixes_are_plain_words() => Assert.Equal(UserQueryPartKind.Word, UserQuery.Parse("ab*").Parts.Single().Kind);

    [Fact]
    public void Long_input_is_cut() => Assert.True(UserQuery.Parse(string.Join(' ', Enumerable.Repeat("palabra", 300))).Parts.Count <= UserQuery.MaxParts);
}
