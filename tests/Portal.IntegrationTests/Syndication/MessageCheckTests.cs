using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Testing;

namespace Portal.IntegrationTests.Syndication;

/// <summary>What can be known before sending is checked before publishing: a message that does not fit stops the publish.</summary>
public sealed class MessageCheckTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    [Fact]
    public async Task A_message_that_does_not_fit_refuses_the_publish_until_its_channel_is_unticked()
    {
        var itemId = await Host.RunAsync(async (services, ct) =>
        {
            var page = new PageContent { Title = "Empadronamiento", Summary = "Cómo darse de alta en el padrón." };
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(PageContent.TypeName, page, PortalHost.AdminUserName, cancellationToken: ct);
            var db = services.GetRequiredService<PortalDbContext>();
            var x = await db.Set<Channel>().SingleAsync(c => c.Network == SocialNetwork.X, ct);
            db.Add(new SyndicationChoice { ItemId = result.Item!.ItemId, ChannelId = x.Id, Enabled = true, CustomText = "{{ titulo }} " + string.Concat(Enumerable.Repeat("ñ😀", 130)) });
            await db.SaveChangesAsync(ct);
            return result.Item.ItemId;
        });

        var refused = await Host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().PublishAsync(itemId, PortalHost.AdminUserName, cancellationToken: ct));
        Assert.False(refused.Succeeded);
        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("El mensaje para X (sandbox) no cabe: ocupa 431 de 280 caracteres ponderados.", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Host.DeliveriesAsync(itemId));

        await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            await db.Set<SyndicationChoice>().Where(c => c.ItemId == itemId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enabled, false), ct);
        });

        // The draft's editor counts the networks it will go to without the unticked one.
        using (var client = await HttpForms.SignedInClientAsync(Host))
        {
            var editor = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/admin/contenidos/" + itemId, UriKind.Relative), TestContext.Current.CancellationToken));
            Assert.Contains("Al publicarlo se difundirá en 5 cuentas de redes sociales.", editor, StringComparison.Ordinal);
        }

        var published = await Host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().PublishAsync(itemId, PortalHost.AdminUserName, cancellationToken: ct));
        Assert.True(published.Succeeded);
        var deliveries = await Host.WaitSettledAsync(itemId, 5);
        Assert.Equal(5, deliveries.Count);
        Assert.DoesNotContain(Sandbox.Posts("x"), p => p.Text.Contains("Empadronamiento", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_difusion_page_previews_each_network_with_its_own_count()
    {
        var item = await Host.RunAsync(async (services, ct) =>
            (await services.GetRequiredService<IContentManager>().CreateAsync(PageContent.TypeName,
                new PageContent { Title = "Ayudas para la compra de bicicletas eléctricas", Summary = "Hasta 300 € por bicicleta." }, PortalHost.AdminUserName, cancellationToken: ct)).Item!);
        using var client = await HttpForms.SignedInClientAsync(Host);

        var html = await client.GetStringAsync(new Uri("/admin/difusion/contenido/" + item.ItemId, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Ayudas para la compra de bicicletas eléctricas", html, StringComparison.Ordinal);
        Assert.Contains("de 500 caracteres.", html, StringComparison.Ordinal);
        Assert.Contains("de 280 caracteres ponderados.", html, StringComparison.Ordinal);
        Assert.Contains("de 300 caracteres.", html, StringComparison.Ordinal);
        Assert.Contains("de 4096 caracteres.", html, StringComparison.Ordinal);
    }
}
