using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.People;
using Portal.Inbox.Requests;

namespace Portal.BrowserTests.Inbox;

/// <summary>A person's data-protection rights page passes axe at desk and phone widths, and its erasure is confirmed with the keyboard.</summary>
public sealed class DataSubjectPagesTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_rights_page_passes_axe_fits_the_screen_and_erases_only_once_confirmed(int width)
    {
        var personId = await OpenRequestAsync("Me llamo Rosario y el parque de mi calle no tiene luz " + width, "rosario" + width + "@correo.example");
        await Page.SetViewportSizeAsync(width, 900);
        await SignInAsync();

        await OpenAsync(InboxPaths.Person(personId));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Derechos de protección de datos", Exact = false }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == InboxPaths.DataSubject(personId));
        await Assertions.Expect(Page.Locator("#erasure-plan")).ToContainTextAsync("-");
        await Page.AssertNoViolationsAsync();
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");

        await Page.Locator("#erase-confirm").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Hecho: 1 solicitud anonimizada.");
        await Assertions.Expect(Page.GetByText("No queda ninguna solicitud que anonimizar.")).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }

    private Task<long> OpenRequestAsync(string text, string sender) =>
        Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var inbound = new InboundMessage(InboxChannel.WebForm, DateTime.UtcNow, text, "Rosario");
            var (request, _) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Email, "", sender, sender, Verified: false), ct);
            await unitOfWork.CommitAsync(ct);
            return request.PersonId!.Value;
        });
}
