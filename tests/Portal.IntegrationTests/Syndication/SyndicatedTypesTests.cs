using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Testing;

namespace Portal.IntegrationTests.Syndication;

/// <summary>"Qué se difunde": a type that is off queues nothing on publish, and turning it on makes the next publication go out.</summary>
public sealed class SyndicatedTypesTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    private const string TypesPath = "/admin/difusion/tipos";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_type_turned_off_queues_nothing_and_turned_on_queues_the_next_publication()
    {
        using var admin = await Host.SignedInClientAsync();

        using (var off = await admin.PostFormAsync(TypesPath, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }

        var types = await admin.GetStringAsync(TypesPath, Ct);
        Assert.Contains("id=\"type-page\" type=\"checkbox\" name=\"On\" value=\"page\" aria-describedby", types, StringComparison.Ordinal);
        Assert.Contains("De forma predeterminada no se difunde.", WebUtility.HtmlDecode(types), StringComparison.Ordinal);
        var draft = await Host.RunAsync(async (services, ct) => (await services.GetRequiredService<IContentManager>().CreateAsync(
            PageContent.TypeName, new PageContent { Title = "Borrador del pleno", Summary = "Orden del día." }, PortalHost.AdminUserName, publish: false, cancellationToken: ct)).Item!);
        var itemPage = await admin.GetStringAsync("/admin/difusion/contenido/" + draft.ItemId, Ct);
        Assert.DoesNotContain("value=\"true\" checked=\"checked\"", itemPage, StringComparison.Ordinal);
        var quiet = await Host.PublishPageAsync("Convocatoria del pleno de marzo");
        Assert.Empty(await Host.DeliveriesAsync(quiet.ItemId));

        using (var on = await admin.PostFormAsync(TypesPath, [new("On", PageContent.TypeName)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        }

        Assert.Contains("value=\"page\" checked=\"checked\"", await admin.GetStringAsync(TypesPath, Ct), StringComparison.Ordinal);
        var loud = await Host.PublishPageAsync("Convocatoria del pleno de abril");
        Assert.Equal(6, (await Host.DeliveriesAsync(loud.ItemId)).Count);
    }
}
