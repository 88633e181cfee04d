using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Publishing;
using Portal.Testing;
using SocialSandbox;

namespace Portal.BrowserTests.Syndication;

/// <summary>
/// A site whose channels point at its own social sandbox. Its public address is the one the browser reaches it at
/// (set in the settings, since the port is only known once it runs), so the networks' pages send the browser back to it.
/// </summary>
public class SyndicationBrowserFixture : BrowserFixture
{
    public SandboxServer Sandbox { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync();
        await base.InitializeAsync();
        await Host.RunAsync(async (services, ct) =>
        {
            var settings = services.GetRequiredService<ISiteSettingsStore>();
            var site = await settings.GetAsync<SiteOptions>(ct);
            site.BaseUrl = Host.BaseAddress.ToString().TrimEnd('/');
            await settings.SaveAsync(services.GetRequiredService<IUnitOfWork>(), site, ct);
            await settings.SaveAsync(services.GetRequiredService<IUnitOfWork>(), new SyndicatedTypesOptions { Types = { [PageContent.TypeName] = true } }, ct);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:SandboxUrl", Sandbox.Url).With("Portal:Syndication:PollInterval", "00:00:00.200").With("Portal:Site:BaseUrl", null);
    }
}

public sealed class SyndicationPagesTests(SyndicationBrowserFixture fixture) : BrowserTest<SyndicationBrowserFixture>(fixture), IClassFixture<SyndicationBrowserFixture>
{
    [Theory]
    [InlineData("/admin/difusion/canales")]
    [InlineData("/admin/difusion/canales/editar")]
    [InlineData("/admin/difusion/canales/editar/1")]
    [InlineData("/admin/difusion/canales/editar/2")]
    [InlineData("/admin/difusion/canales/editar/6")]
    [InlineData("/admin/difusion/tipos")]
    public async Task The_channel_pages_pass_axe(string path)
    {
        await SignInAsync();

        var response = await OpenAsync(path);

        Assert.Equal(200, response.Status);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_connect_buttons_pass_axe_and_take_the_administrator_to_the_network_and_back()
    {
        await SignInAsync();
        await OpenAsync("/admin/difusion/canales/editar");
        foreach (var network in new[] { "Mastodon", "X", "LinkedIn" })
        {
            await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Conectar con " + network, Exact = true })).ToBeVisibleAsync();
        }

        await Page.AssertNoViolationsAsync();

        await OpenAsync("/admin/difusion/canales/editar/1");
        Assert.Equal(1, await Page.GetByRole(AriaRole.Button, new() { Name = "Conectar con" }).CountAsync());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Conectar con Mastodon" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("La cuenta «Mastodon (sandbox)» está conectada")).ToBeVisibleAsync();
        Assert.EndsWith("/admin/difusion/canales", Page.Url, StringComparison.Ordinal);
        Assert.Contains(Fixture.Sandbox.Store.Requests("mastodon"), r => r.Operation == "authorize" && r.Status == 302);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task An_access_that_expires_within_a_week_and_cannot_be_renewed_is_announced_on_the_channel_list()
    {
        await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Channel>().Where(c => c.Network == SocialNetwork.LinkedIn)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TokenExpiresUtc, DateTime.UtcNow.AddDays(3)), ct));
        await SignInAsync();

        await OpenAsync("/admin/difusion/canales");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Cuentas que necesitan atención" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("El acceso de la cuenta «LinkedIn (sandbox)» caduca el")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Volver a conectar «LinkedIn (sandbox)»" })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_permanent_400_is_shown_on_the_item_after_one_attempt_with_a_retry_button()
    {
        Fixture.Sandbox.Faults.Add(new Fault("linkedin", "status", Status: 400, Message: "Organization is not eligible to post"));
        var item = await Host.RunAsync(async (services, ct) =>
        {
            var page = new PageContent { Title = "Obras en la calle Mayor", Summary = "Cortes de tráfico del 3 al 7 de marzo." };
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(PageContent.TypeName, page, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            return result.Item!;
        });
        await WaitSettledAsync(item.ItemId);

        await SignInAsync();
        await OpenAsync("/admin/difusion/contenido/" + item.ItemId);

        await Assertions.Expect(Page.GetByText("La red ha rechazado el mensaje").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Organization is not eligible to post").First).ToBeVisibleAsync();
        Assert.Equal(1, await Page.GetByRole(AriaRole.Button, new() { Name = "Reintentar" }).CountAsync());
        Assert.Single(Fixture.Sandbox.Creates("linkedin"));
        await Page.AssertNoViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Reintentar" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("La publicación ha vuelto a la cola").First).ToBeVisibleAsync();
        await WaitSettledAsync(item.ItemId);
        await OpenAsync("/admin/difusion/contenido/" + item.ItemId);
        Assert.Equal(0, await Page.GetByRole(AriaRole.Button, new() { Name = "Reintentar" }).CountAsync());
        Assert.Single(Fixture.Sandbox.Posts("linkedin"));
    }

    private async Task WaitSettledAsync(string itemId)
    {
        for (var i = 0; i < 600; i++)
        {
            var states = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Delivery>()
                .Where(d => d.ItemId == itemId).Select(d => d.State).ToListAsync(ct));
            if (states.Count == 6 && states.All(s => s is DeliveryState.Sent or DeliveryState.Failed))
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail("The deliveries did not settle.");
    }
}
