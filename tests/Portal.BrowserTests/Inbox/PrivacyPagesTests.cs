using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.Categories;
using Portal.Inbox.People;
using Portal.Inbox.Requests;

namespace Portal.BrowserTests.Inbox;

/// <summary>The privacy pages (a message with its redaction controls, retention) pass axe, at desk and phone widths, and redaction works with the keyboard.</summary>
public sealed class PrivacyPagesTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    private const string Text = "Buenas, mi DNI es 12345678Z y vivo en calle Mayor 12, 3º B, 28013 Madrid. Llamadme al 612 34 56 78.";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_message_with_personal_data_shows_its_badges_and_is_redacted_with_the_keyboard(int width)
    {
        var messageId = await OpenRequestAsync(Text, "teclado" + width + "@correo.example");
        await Page.SetViewportSizeAsync(width, 900);
        await SignInAsync();

        var response = await OpenAsync(InboxPaths.Message(messageId));

        Assert.Equal(200, response.Status);
        await Assertions.Expect(Page.Locator(".badges")).ToContainTextAsync("DNI");
        await Page.AssertNoViolationsAsync();
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");

        await Page.TabToAsync(".redaction form button[type=submit]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Se han tachado 3 fragmentos");
        await Assertions.Expect(Page.Locator("blockquote.message-text")).ToContainTextAsync("[dato suprimido]");
        await Page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_retention_page_passes_axe_and_does_not_scroll_sideways(int width)
    {
        await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<IUnitOfWork>().Db;
            if (!await db.Set<Category>().AnyAsync(ct))
            {
                db.Add(new Category { Name = "Quejas y sugerencias" });
                await db.SaveChangesAsync(ct);
            }
        });
        await Page.SetViewportSizeAsync(width, 900);
        await SignInAsync();

        var response = await OpenAsync(InboxPaths.Retention);

        Assert.Equal(200, response.Status);
        await Assertions.Expect(Page.GetByText("calendario de conservación", new() { Exact = false }).First).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
    }

    private Task<long> OpenRequestAsync(string text, string sender) =>
        Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var inbound = new InboundMessage(InboxChannel.WebForm, DateTime.UtcNow, text, "Vecina");
            var (_, message) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Email, "", sender, sender, Verified: false), ct);
            await unitOfWork.CommitAsync(ct);
            return message.Id;
        });
}
