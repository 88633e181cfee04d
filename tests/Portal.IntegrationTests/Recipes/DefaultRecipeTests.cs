using System.Net;
using Portal.IntegrationTests.Contents;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

/// <summary>A site set up from the recipe a real installation uses, as the README's run command does.</summary>
public sealed class DefaultRecipeFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Setup:Recipe", "recipes/portal.recipe.json");
    }
}

/// <summary>What a new user sees after the README's run command: the default recipe's site, pages and admin.</summary>
public sealed class DefaultRecipeTests(DefaultRecipeFixture fixture) : PortalTest<DefaultRecipeFixture>(fixture), IClassFixture<DefaultRecipeFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_home_page_is_Spanish_and_lists_the_sample_pages()
    {
        using var client = Host.CreateBrowserLikeClient();

        var home = await client.GetStringAsync("/", Ct);

        Assert.Contains("<html lang=\"es\">", home, StringComparison.Ordinal);
        Assert.Contains("Ayuntamiento de Villanueva del Río", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/contacto\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/aviso-legal\"", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/el-ayuntamiento", "El ayuntamiento")]
    [InlineData("/contacto", "Contacto y horarios")]
    [InlineData("/aviso-legal", "Aviso legal")]
    [InlineData("/proteccion-de-datos", "Protección de datos")]
    public async Task Each_sample_page_is_published_at_its_address(string path, string title)
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{title}</h1>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_created_in_the_admin_survives_a_restart()
    {
        using (var admin = await Host.SignedInClientAsync())
        {
            await admin.CreatePageAsync("Horario de verano", "El ayuntamiento abre de 8:00 a 14:00 en julio y agosto.", "horario-de-verano", publish: true);
            await admin.CreatePageAsync("Borrador pendiente", "Un texto que aún no está listo.", "borrador-pendiente");
        }

        await Fixture.RestartAsync();
        using var again = await Host.SignedInClientAsync();
        var (status, html) = await Host.PublicAsync("/horario-de-verano");
        var list = await again.GetStringAsync("/admin/contenidos", Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("El ayuntamiento abre de 8:00 a 14:00", html, StringComparison.Ordinal);
        Assert.Contains("Borrador pendiente", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("buscar")]
    [InlineData("health")]
    [InlineData("api")]
    [InlineData("s")]
    public async Task The_process_that_ran_setup_refuses_reserved_addresses(string slug)
    {
        using var admin = await Host.SignedInClientAsync();

        using var reserved = await admin.SubmitNewPageAsync(ContentAdmin.PageFields("Reservada", "Otra.", slug), "Guardar borrador");

        Assert.Equal($"La dirección «{slug}» está reservada para otra parte del portal: elige otra.", ContentAdmin.FieldError(await reserved.Content.ReadAsStringAsync(Ct), "Edit_Slug"));
    }
}
