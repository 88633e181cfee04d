using Microsoft.Playwright;
using Portal.Testing;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>Base of browser tests: a new context (cookies, storage) and page for every test, on the class's browser.</summary>
public abstract class BrowserTest<TFixture>(TFixture fixture) : PortalTest<TFixture>(fixture)
    where TFixture : BrowserFixture
{
    private IBrowserContext? _context;

    protected IPage Page { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            Locale = "es-ES",
            TimezoneId = "Europe/Madrid",
        });
        Page = await _context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a page of the site and returns the main document's response.</summary>
    protected async Task<IResponse> OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.NotNull(response);
        return response;
    }

    /// <summary>Signs in through the form as the test administrator and waits for the dashboard.</summary>
    protected async Task SignInAsync()
    {
        await OpenAsync("/admin/acceso");
        await Page.GetByLabel("Usuario").FillAsync(PortalHost.AdminUserName);
        await Page.GetByLabel("Contraseña").FillAsync(PortalHost.AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
    }
}
