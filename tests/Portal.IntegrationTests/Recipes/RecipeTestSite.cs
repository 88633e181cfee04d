using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Features;
using Portal.Core.Hosting;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

/// <summary>The test content type: a title (its display text), a body, a number and a list.</summary>
public sealed class TestModel
{
    public string Title { get; set; } = "";

    public string? Body { get; set; }

    public int Views { get; set; }

    public List<string> Tags { get; set; } = [];
}

/// <summary>Refuses any item titled <see cref="RefusedTitle"/>, as a module's validation would.</summary>
public sealed class RefusingHandler : IContentHandler
{
    public const string RefusedTitle = "RECHAZAR";
    public const string Message = "El título «RECHAZAR» no está permitido.";

    public Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is TestModel { Title: RefusedTitle })
        {
            context.AddError(nameof(TestModel.Title), Message);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A fresh site that knows the "test" content type and the refusing handler.</summary>
public class RecipeSiteFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        RecipeTestSite.AddTestContent(host);
    }
}

public static class RecipeTestSite
{
    public const string ImportPath = "/admin/recetas";

    public static PortalHost AddTestContent(PortalHost host) => host.WithServices(s =>
    {
        s.AddContentType<TestModel>("test", m => m.Title);
        s.AddContentHandler<RefusingHandler>();
    });

    /// <summary>Uploads a recipe through the admin import form, as a browser would.</summary>
    public static Task<HttpResponseMessage> UploadRecipeAsync(this HttpClient client, string json, string fileName = "receta.recipe.json") =>
        client.UploadRecipeFileAsync(Encoding.UTF8.GetBytes(json), fileName, "application/json");

    /// <summary>Uploads a recipe package (.zip) through the same form.</summary>
    public static Task<HttpResponseMessage> UploadPackageAsync(this HttpClient client, byte[] zip, string fileName = "paquete.zip") =>
        client.UploadRecipeFileAsync(zip, fileName, "application/zip");

    private static async Task<HttpResponseMessage> UploadRecipeFileAsync(this HttpClient client, byte[] content, string fileName, string contentType)
    {
        var token = await client.AntiforgeryTokenAsync(ImportPath);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "RecipeFile", fileName);
        return await client.PostAsync(ImportPath + "?handler=Import", form, TestContext.Current.CancellationToken);
    }

    /// <summary>The import page's text after a refused upload (status 200, nothing redirected).</summary>
    public static async Task<string> RefusedPageAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Every row of the tables a recipe writes, plus the live feature switches, as one comparable text.</summary>
    public static Task<string> SnapshotAsync(this PortalHost host) => host.RunAsync(async (services, ct) =>
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var snapshot = new
        {
            Items = await db.ContentItems.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct),
            Settings = await db.SiteSettings.AsNoTracking().OrderBy(s => s.Key).ToListAsync(ct),
            Features = await db.FeatureStates.AsNoTracking().OrderBy(f => f.FeatureId).ToListAsync(ct),
            Switches = services.GetRequiredService<IFeatureManager>().List().Select(f => $"{f.Feature.Id}={f.Enabled}").ToList(),
        };
        return JsonSerializer.Serialize(snapshot);
    });

    /// <summary>Each item that is not removed: type, data and flags of its visible versions, keyed by item id.</summary>
    public static Task<Dictionary<string, string>> VisibleContentAsync(this PortalHost host) => host.RunAsync(async (services, ct) =>
    {
        var rows = await services.GetRequiredService<PortalDbContext>().ContentItems.AsNoTracking()
            .Where(c => c.Latest || c.Published).ToListAsync(ct);
        return rows.GroupBy(r => r.ItemId).ToDictionary(
            g => g.Key,
            g => string.Join(" | ", g.OrderBy(r => r.Published).Select(r => $"{r.ContentType} latest={r.Latest} published={r.Published} «{r.DisplayText}» {r.Data}")));
    });
}
