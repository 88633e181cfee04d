using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Migrations;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Content;

public sealed class TestModel
{
    public string Title { get; set; } = "";

    public string? Body { get; set; }
}

public sealed class TestIndex : ContentIndex
{
    public string Title { get; set; } = "";
}

public sealed class TestIndexProvider : ContentIndexProvider<TestIndex, TestModel>
{
    protected override TestIndex Map(TestModel model, ContentItem item) => new() { Title = model.Title };
}

public sealed class CreateTestIndex : MigrationStep
{
    public override string Id => "Test.0001.CreateTestIndex";

    public override void Schema(MigrationBuilder builder) =>
        builder.CreateTable(
            name: "TestIndex",
            columns: t => new
            {
                VersionId = t.Column<string>(maxLength: 26),
                ItemId = t.Column<string>(maxLength: 26),
                Latest = t.Column<bool>(),
                Published = t.Column<bool>(),
                Title = t.Column<string>(maxLength: 200),
            },
            constraints: t => t.PrimaryKey("PK_TestIndex", x => x.VersionId));
}

/// <summary>
/// A module's handler gone wrong: for items with one of the titles below it writes a row of its own, saves it,
/// then throws. Nothing of the operation, its own row included, may survive.
/// </summary>
public sealed class FailingHandler(IUnitOfWork unitOfWork) : IContentHandler
{
    public const string FailOnSaved = "falla al guardar";
    public const string FailOnPublished = "falla al publicar";
    public const string RowPrefix = "HandlerRow.";

    public Task SavedAsync(ContentContext context) => FailIfAsync(context, FailOnSaved);

    public Task PublishedAsync(ContentContext context) => FailIfAsync(context, FailOnPublished);

    private async Task FailIfAsync(ContentContext context, string title)
    {
        if (context.ModelAs<TestModel>().Title != title)
        {
            return;
        }

        unitOfWork.Db.SiteSettings.Add(new SiteSetting { Key = RowPrefix + context.Item.ItemId, ModifiedUtc = DateTime.UtcNow });
        await unitOfWork.Db.SaveChangesAsync();
        throw new InvalidOperationException($"The test handler failed on '{title}'.");
    }
}

/// <summary>A site with the "test" content type, its typed index, the failing handler and the test controller.</summary>
public sealed class ContentFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services =>
        {
            services.AddContentType<TestModel>("test", m => m.Title);
            services.AddContentIndex<TestIndex, TestIndexProvider>(e =>
            {
                e.ToTable("TestIndex");
                e.Property(i => i.Title).HasMaxLength(200);
            });
            services.AddMigrations("Contents", new CreateTestIndex());
            services.AddContentHandler<FailingHandler>();
            services.AddControllers().AddApplicationPart(typeof(ContentFixture).Assembly);
        });
    }
}

/// <summary>Short ways to call the content store in a unit of work of its own, and to look at the rows it left.</summary>
public static class ContentStore
{
    public const string Conflict = "Otra persona ha cambiado este contenido mientras lo editabas. Tus cambios no se han guardado: vuelve a abrirlo para ver la versión actual.";

    public static Task<ContentResult> RunAsync(this PortalHost host, Func<IContentManager, CancellationToken, Task<ContentResult>> operation) =>
        host.RunAsync((services, ct) => operation(services.GetRequiredService<IContentManager>(), ct));

    public static async Task<ContentItem> CreateAsync(this PortalHost host, string title, bool publish = false)
    {
        var result = await host.RunAsync((c, ct) => c.CreateAsync("test", new TestModel { Title = title }, "autora", publish, cancellationToken: ct));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Item!;
    }

    public static Task<ContentItem?> GetAsync(this PortalHost host, string itemId, VersionOptions options) =>
        host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().GetAsync(itemId, options, ct));

    public static Task<IReadOnlyList<ContentItem>> ListVersionsAsync(this PortalHost host, string itemId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().ListVersionsAsync(itemId, ct));

    /// <summary>Every version row of the item, oldest first, as stored.</summary>
    public static Task<List<ContentItem>> RowsAsync(this PortalHost host, string itemId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().ContentItems.AsNoTracking()
            .Where(c => c.ItemId == itemId).OrderBy(c => c.Id).ToListAsync(ct));

    public static Task<List<TestIndex>> IndexRowsAsync(this PortalHost host, string itemId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<TestIndex>().AsNoTracking()
            .Where(i => i.ItemId == itemId).ToListAsync(ct));

    public static string Title(this ContentItem item) => ContentSerializer.Deserialize(item.Data, typeof(TestModel)) is TestModel m ? m.Title : "";
}
