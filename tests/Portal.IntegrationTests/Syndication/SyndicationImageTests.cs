using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Blog.Posts;
using Portal.Core.Content;
using Portal.IntegrationTests.CitizenTypes;
using Portal.IntegrationTests.Media;
using Portal.Media.Picker;
using Portal.Media.Storage;
using Portal.Syndication.Deliveries;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>An item's image goes out with its alt text, fitted to each network's upload API, and is checked before publishing.</summary>
public sealed class SyndicationImageTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    private const string BlogPostType = "entrada";
    private const string Alt = "Una madre sostiene a su bebé en la oficina de atención ciudadana";

    [Fact]
    public async Task A_post_with_an_image_reaches_every_network_with_the_image_and_its_alt_text()
    {
        var asset = await Host.UploadAsync("familia.png", TestImages.Png(1600, 900));
        var item = await PublishWithImageAsync("Ayuda por nacimiento: ya puedes pedirla", asset.Id);

        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);

        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.All(deliveries, d => Assert.Equal(asset.Id, d.ImageAssetId));
        foreach (var network in SyndicationFixture.Networks)
        {
            var post = Assert.Single(Sandbox.Posts(network), p => p.Text.Contains("Ayuda por nacimiento: ya puedes pedirla", StringComparison.Ordinal));
            var image = Assert.Single(post.Media);
            Assert.Equal("image/jpeg", image.ContentType);
            Assert.InRange(image.Length, 1_000, 1_000_000);

            // Telegram has no alt text: the photo goes with the message as its caption.
            Assert.Equal(network == "telegram" ? null : Alt, image.Alt);
        }
    }

    [Fact]
    public async Task The_difusion_page_shows_the_image_its_alt_text_and_telegram_counts_a_caption()
    {
        var asset = await Host.UploadAsync("cartel.png", TestImages.Png(1200, 800));
        var item = await Host.PublishCitizenItemAsync(BlogPostType, "Cartel de las fiestas de 2026", publish: false,
            configure: model => ((BlogPost)model).Image = new MediaReference { AssetId = asset.Id, Alt = Alt });
        using var client = await HttpForms.SignedInClientAsync(Host);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/admin/difusion/contenido/" + item.ItemId, UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains($"Se adjunta la imagen del contenido con este texto alternativo: «{Alt}».", html, StringComparison.Ordinal);
        Assert.Contains("Telegram no admite texto alternativo", html, StringComparison.Ordinal);
        Assert.Contains("de 1024 caracteres.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("de 4096 caracteres.", html, StringComparison.Ordinal);
        Assert.Contains($"/medios/{asset.Id}/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_whose_file_is_gone_stops_the_publish_with_a_message_an_editor_can_act_on()
    {
        var asset = await Host.UploadAsync("perdida.png", TestImages.Png(1200, 700));
        await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaStorage>().DeleteAsync(asset.StorageKey, ct));
        var draft = await Host.PublishCitizenItemAsync(BlogPostType, "Imagen que ya no está", publish: false,
            configure: model => ((BlogPost)model).Image = new MediaReference { AssetId = asset.Id, Alt = Alt });

        var result = await Host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().PublishAsync(draft.ItemId, PortalHost.AdminUserName, cancellationToken: ct));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("No se ha podido preparar la imagen del contenido para las redes sociales: el archivo falta o está dañado. Sustitúyelo en la biblioteca de medios o elige otra imagen.", error.Message);
        Assert.DoesNotContain(await Host.DeliveriesAsync(), d => d.ItemId == draft.ItemId);
    }

    [Fact]
    public async Task A_failed_upload_is_retried_and_never_makes_a_second_post()
    {
        var asset = await Host.UploadAsync("reunion.png", TestImages.Png(1400, 800));
        var before = Sandbox.Creates("x").Count;
        Sandbox.Faults.Add(new Fault("x", "status", Operation: "media", Status: 503));
        Sandbox.Faults.Add(new Fault("x", "reset-after-accept", Operation: "media"));

        var item = await PublishWithImageAsync("Reunión informativa sobre el bono joven", asset.Id);
        var x = (await Host.WaitSettledAsync(item.ItemId, 6)).Single(d => Sandbox.Posts("x").Any(p => p.Text.Contains(d.Link, StringComparison.Ordinal)));

        Assert.Equal(DeliveryState.Sent, x.State);
        Assert.Equal([201], Sandbox.Creates("x").Skip(before).Select(r => r.Status));
        Assert.Equal(Alt, Assert.Single(Assert.Single(Sandbox.Posts("x"), p => p.Text.Contains(x.Link, StringComparison.Ordinal)).Media).Alt);
    }

    [Fact]
    public async Task Editing_a_post_with_an_image_keeps_the_image_where_the_network_rewrites_the_post()
    {
        var asset = await Host.UploadAsync("piscina.png", TestImages.Png(1200, 900));
        var item = await PublishWithImageAsync("Abre la piscina municipal", asset.Id);
        var posts = await Host.WaitSettledAsync(item.ItemId, 6);

        await Host.RunAsync(async (services, ct) =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(item.ItemId, VersionOptions.Latest, ct))!;
            var post = (BlogPost)manager.GetModel(latest);
            post.Common.Summary = "Abre el 15 de junio, de 11:00 a 20:00.";
            var result = await manager.UpdateAsync(item.ItemId, post, latest.ConcurrencyStamp, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded);
        });
        Assert.Equal(5, await Host.RunAsync((services, ct) => services.GetRequiredService<DeliveryCommands>().FollowUpAsync(item.ItemId, DeliveryKind.Update, ct)));
        var all = await Host.WaitSettledAsync(item.ItemId, 11);

        Assert.All(all, d => Assert.Equal(DeliveryState.Sent, d.State));
        foreach (var post in posts)
        {
            var remote = Sandbox.Store.Posts(null).Single(p => p.Text.Contains(post.Link, StringComparison.Ordinal));
            Assert.Equal(remote.Network == "x" ? 0 : 1, remote.Edits);

            // Bluesky rewrites the whole record, and Telegram edits a photo's caption: both keep the image.
            Assert.Equal(remote.Network == "telegram" ? null : Alt, Assert.Single(remote.Media).Alt);
        }
    }

    private Task<ContentItem> PublishWithImageAsync(string title, string assetId) =>
        Host.PublishCitizenItemAsync(BlogPostType, title, configure: model => ((BlogPost)model).Image = new MediaReference { AssetId = assetId, Alt = Alt });
}
