using Portal.IntegrationTests.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Recipes;

/// <summary>A site set up from the default recipe starts with a town council's inbox, beside what the migrations seed.</summary>
public sealed class DefaultRecipeInboxTests(DefaultRecipeFixture fixture) : PortalTest<DefaultRecipeFixture>(fixture), IClassFixture<DefaultRecipeFixture>
{
    [Fact]
    public async Task The_default_recipe_gives_the_council_a_unit_its_categories_canned_answers_and_a_rule()
    {
        var lines = (await Host.DescribeAsync()).Split(Environment.NewLine);

        Assert.Equal(["unit «Atención ciudadana»"], lines.Where(l => l.StartsWith("unit ", StringComparison.Ordinal)));
        Assert.Equal(
            [
                "category «Consultas» unit=«Atención ciudadana»",
                "category «Quejas y sugerencias» unit=«Atención ciudadana»",
                "category «Solicitud de acceso a información pública» unit=«Atención ciudadana»",
            ],
            lines.Where(l => l.StartsWith("category ", StringComparison.Ordinal)));
        Assert.Contains("target category=«Consultas» channel= FirstResponse 24 WorkingHours", lines);
        Assert.Contains("target category=«Quejas y sugerencias» channel= Resolution 20 WorkingDays", lines);
        Assert.Contains("target category=«Solicitud de acceso a información pública» channel= Resolution 1 CalendarMonths", lines);
        Assert.Contains(lines, l => l.StartsWith("answer «Empadronarse: cómo hacerlo» ", StringComparison.Ordinal) && l.EndsWith("guide=tramite-empadronamiento categories=Consultas", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("answer «Queja o sugerencia recibida» ", StringComparison.Ordinal) && l.EndsWith("guide= categories=Quejas y sugerencias", StringComparison.Ordinal));
        Assert.Contains("rule 1 «Quejas por palabra clave» channel= category=«» keyword=«queja» topic= unit=«Atención ciudadana» set=«Quejas y sugerencias»", lines);
    }
}
