using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

public sealed class ContentListTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_list_pages_in_the_database_twenty_items_at_a_time()
    {
        var tag = "lote" + Guid.NewGuid().ToString("N")[..6];
        await CreateAsync(Enumerable.Range(1, 60).Select(i => new PageContent { Title = $"{tag} {i:00}", Summary = "Uno de muchos." }), "admin");
        using var admin = await Host.SignedInClientAsync();

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&pagina={page}", Ct));
        }

        var titles = pages.Select(p => Titles(p, tag)).ToList();
        Assert.Contains("Mostrando 1–20 de 60 contenidos.", pages[0], StringComparison.Ordinal);
        Assert.Contains("Mostrando 41–60 de 60 contenidos.", pages[2], StringComparison.Ordinal);
        Assert.All(titles, t => Assert.Equal(20, t.Count));
        Assert.Equal(60, titles.SelectMany(t => t).Distinct().Count());
        Assert.Equal($"{tag} 60", titles[0][0]);
        Assert.Equal($"{tag} 01", titles[2][^1]);
        Assert.Contains($"href=\"/admin/contenidos?buscar={tag}&amp;pagina=2\" rel=\"next\"", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", pages[2], StringComparison.Ordinal);
        var beyond = await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&pagina=99", Ct);
        Assert.Contains("Mostrando 41–60 de 60 contenidos.", beyond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_status_owner_and_title()
    {
        var tag = "filtro" + Guid.NewGuid().ToString("N")[..6];
        var ids = await CreateAsync(
            [
                new PageContent { Title = $"{tag} borrador", Summary = "Sin publicar." },
                new PageContent { Title = $"{tag} publicada", Summary = "Publicada." },
                new PageContent { Title = $"{tag} con borrador", Summary = "Publicada y cambiada." },
            ],
            "admin");
        await CreateAsync([new PageContent { Title = $"{tag} de otra persona", Summary = "Suya." }], "otra.persona");
        await Host.RunAsync(async (services, ct) =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            await contents.PublishAsync(ids[1], "admin", cancellationToken: ct);
            await contents.PublishAsync(ids[2], "admin", cancellationToken: ct);
            var latest = await contents.GetAsync(ids[2], VersionOptions.Latest, ct);
            await contents.UpdateAsync(ids[2], new PageContent { Title = $"{tag} con borrador", Summary = "Cambio pendiente." }, latest!.ConcurrencyStamp, "admin", cancellationToken: ct);
        });
        using var admin = await Host.SignedInClientAsync();

        Assert.Equal([$"{tag} de otra persona", $"{tag} borrador"], Titles(await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&estado=borrador", Ct), tag));
        Assert.Equal([$"{tag} publicada"], Titles(await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&estado=publicado", Ct), tag));
        Assert.Equal([$"{tag} con borrador"], Titles(await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&estado=con-borrador", Ct), tag));
        Assert.Equal([$"{tag} de otra persona"], Titles(await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&propietario=otra.persona", Ct), tag));
        Assert.Equal([$"{tag} publicada"], Titles(await admin.GetStringAsync($"/admin/contenidos?buscar={tag.ToUpperInvariant()}+PUBLICADA&tipo=page", Ct), tag));
        var all = await admin.GetStringAsync($"/admin/contenidos?buscar={tag}", Ct);
        Assert.Contains("<span class=\"tag tag-draft\">Publicado con borrador</span>", all, StringComparison.Ordinal);
    }

    private Task<List<string>> CreateAsync(IEnumerable<PageContent> pages, string user) =>
        Host.RunAsync(async (services, ct) =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            var ids = new List<string>();
            foreach (var page in pages)
            {
                var result = await contents.CreateAsync(PageContent.TypeName, page, user, cancellationToken: ct);
                Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
                ids.Add(result.Item!.ItemId);
            }

            return ids;
        });

    /// <summary>The titles in the list's rows, in order.</summary>
    private static List<string> Titles(string html, string tag) =>
        [.. Regex.Matches(html, $"<th scope=\"row\">\\s*<a href=\"[^\"]+\">({Regex.Escape(tag)}[^<]*)</a>").Select(m => m.Groups[1].Value)];
}
