using System.Net;
using Portal.IntegrationTests.Contents;
using Portal.IntegrationTests.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.CitizenTypes;

/// <summary>The default recipe's posts, infographics and videos load and are published at their addresses.</summary>
public sealed class SampleContentTests(DefaultRecipeFixture fixture) : PortalTest<DefaultRecipeFixture>(fixture), IClassFixture<DefaultRecipeFixture>
{
    [Theory]
    [InlineData("/blog/abre-plazo-ayuda-nacimiento-2026", "Abre el plazo para pedir la ayuda por nacimiento de 2026")]
    [InlineData("/blog/nuevo-horario-atencion-ciudadana", "La oficina de atención ciudadana amplía su horario por las tardes")]
    [InlineData("/blog/obras-calle-mayor", "Obras en la calle Mayor: cortes de tráfico hasta el 15 de diciembre")]
    [InlineData("/blog/volante-por-internet", "Ya puedes pedir el volante de empadronamiento por internet")]
    [InlineData("/infografias/empadronarse-en-4-pasos", "Empadronarse en 4 pasos")]
    [InlineData("/infografias/presupuesto-2026", "En qué se gasta el presupuesto municipal de 2026")]
    [InlineData("/videos/pedir-cita-previa", "Cómo pedir cita previa en el ayuntamiento")]
    [InlineData("/videos/vado-por-internet", "Cómo pedir el vado por la sede electrónica")]
    public async Task Each_sample_item_is_published_at_its_address(string path, string title)
    {
        var (status, html) = await Host.PublicAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1>{title}</h1>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_budget_infographic_gives_its_figures_as_a_table()
    {
        var (_, html) = await Host.PublicAsync("/infografias/presupuesto-2026");

        Assert.Contains("<th scope=\"row\">Servicios sociales</th>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<td>3,1</td>", html, StringComparison.Ordinal);
    }
}
