using Microsoft.Playwright;
using Portal.Testing;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// A fresh site plus one headless Debian chromium for the tests of one class. The Playwright driver runs on the
/// Node binary shipped in the NuGet package (copied to .playwright/ in the output), so no system Node and no
/// browser download are needed.
/// </summary>
public class BrowserFixture : PortalFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        // Launch (not a persistent context) gives each browser a fresh, throwaway user-data dir of its own.
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
