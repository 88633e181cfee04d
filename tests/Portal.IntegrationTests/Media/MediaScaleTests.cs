using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Media.Assets;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>A library of 5,000 assets: the list pages in the database, so a late page costs what the first one does.</summary>
public sealed class MediaScaleTests(MediaFixture fixture) : PortalTest<MediaFixture>(fixture), IClassFixture<MediaFixture>
{
    private const int Count = 5_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_100_of_5000_assets_shows_the_right_rows_and_its_query_limits_and_offsets_in_SQL()
    {
        await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            db.Set<MediaAsset>().AddRange(Enumerable.Range(0, Count).Select(i => new MediaAsset
            {
                Id = "escala" + i.ToString("D20", CultureInfo.InvariantCulture),
                FileName = $"registro-{i:0000}.pdf",
                Kind = MediaKind.Pdf,
                ContentType = "application/pdf",
                StorageKey = $"es/escala{i:D20}/0000000000000000.pdf",
                Length = 100,
                Hash = new string('0', 64),
                UploadedBy = "admin",
                CreatedUtc = start.AddSeconds(i),
                ModifiedUtc = start.AddSeconds(i),
            }));
            await db.SaveChangesAsync(ct);
        });
        using var admin = await Host.SignedInClientAsync();
        Fixture.Commands.Clear();

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/medios?pagina=100", Ct));

        // Newest first: rows 2377–2400 are the assets made 2623rd down to 2600th.
        Assert.Contains("Mostrando 2377–2400 de 5000 archivos", page, StringComparison.Ordinal);
        Assert.Contains("registro-2623.pdf", page, StringComparison.Ordinal);
        Assert.Contains("registro-2600.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain("registro-2624.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain("registro-2599.pdf", page, StringComparison.Ordinal);
        var listQuery = Assert.Single(Fixture.Commands.Queries, c => c.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.Contains("LIMIT", listQuery, StringComparison.Ordinal);
        Assert.Contains("OFFSET", listQuery, StringComparison.Ordinal);
    }
}
