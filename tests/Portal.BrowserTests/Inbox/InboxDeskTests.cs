using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;
using Portal.Testing;

namespace Portal.BrowserTests.Inbox;

/// <summary>A member of staff handles a request from arrival to closing with the keyboard alone; every desk page passes axe at both widths.</summary>
public sealed class InboxDeskTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    private static readonly string Screenshots = Path.Combine(Path.GetTempPath(), "portal-inbox-screenshots");

    [Fact]
    public async Task A_request_is_opened_noted_taken_worked_and_closed_with_the_keyboard_alone()
    {
        var request = await ArrivalAsync("La farola de mi portal lleva una semana apagada, calle Mayor 3.");
        await SignInWithKeyboardAsync();
        await OpenAsync(InboxPaths.Admin);
        await Assertions.Expect(Page.Locator("#inbox-list")).ToContainTextAsync(request.Reference);

        await Page.TabToAsync($"a[href='{InboxPaths.Request(request.Reference)}']");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == InboxPaths.Request(request.Reference));

        await Page.TabToAsync("#note-text");
        await Page.Keyboard.TypeAsync("Avisado el servicio de alumbrado.");
        await Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Añadir la nota", (await Page.FocusedAsync()).Text);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Nota añadida.");

        await Page.TabToAsync("form[action*='handler=Take'] button");
        await Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Asignación guardada.");

        await Page.TabToAsync($"button[name=to][value={RequestState.InProgress}]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Estado cambiado a «En curso».");

        await Page.TabToAsync($"button[name=to][value={RequestState.Closed}]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Estado cambiado a «Cerrada».");

        var stored = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Request>().AsNoTracking().SingleAsync(r => r.Id == request.Id, ct));
        var adminId = await Host.RunAsync(async (services, _) => (await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(PortalHost.AdminUserName))!.Id);
        Assert.Equal(RequestState.Closed, stored.State);
        Assert.Equal(adminId, stored.OwnerId);
        await Assertions.Expect(Page.Locator("#notes")).ToContainTextAsync("Avisado el servicio de alumbrado.");
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_answer_box_shows_the_plain_language_check_as_staff_type()
    {
        var request = await ArrivalAsync("¿Dónde se recoge el compost del huerto urbano?", InboxChannel.Mastodon);
        await SignInWithKeyboardAsync();
        await OpenAsync(InboxPaths.Request(request.Reference));
        await Assertions.Expect(Page.Locator("#answer-check")).ToBeEmptyAsync();

        await Page.TabToAsync("#answer-text");
        await Page.Keyboard.TypeAsync("Puede recogerlo los martes en el punto limpio.");

        await Assertions.Expect(Page.Locator("#answer-check")).ToContainTextAsync("Sin avisos de lenguaje claro.");
    }

    [Fact]
    public async Task A_new_request_appears_in_the_open_inbox_and_in_the_menu_count_without_a_reload()
    {
        await ArrivalAsync("Primera consulta sobre la recogida de muebles.");
        await SignInWithKeyboardAsync();
        await OpenAsync(InboxPaths.Admin);
        var badge = Page.Locator($"[data-menu-badge='{InboxPaths.Admin}'] [aria-hidden=true]");
        var before = int.Parse(await badge.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await Page.EvaluateAsync("() => window.sinRecarga = true");

        var arrived = await ArrivalAsync("Segunda consulta: ¿recogen también colchones?");

        await Assertions.Expect(Page.Locator("#inbox-list")).ToContainTextAsync(arrived.Reference);
        await Assertions.Expect(badge).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(Page.Locator("#inbox-status")).ToHaveTextAsync("Lista actualizada.");
        Assert.True(await Page.EvaluateAsync<bool>("() => window.sinRecarga === true"), "The page was reloaded.");
        await Page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_desk_pages_pass_axe_and_fit_the_screen(int width)
    {
        var request = await ArrivalAsync("¿Qué documentos necesito para pedir la tarjeta de aparcamiento para residentes? " + width);
        await Page.SetViewportSizeAsync(width, 900);
        await SignInWithKeyboardAsync();
        Directory.CreateDirectory(Screenshots);

        foreach (var (name, path) in new[]
        {
            ("bandeja", InboxPaths.Admin),
            ("solicitud", InboxPaths.Request(request.Reference)),
            ("unidades", InboxPaths.Units),
            ("reglas", InboxPaths.Rules),
            ("respuestas-tipo", InboxPaths.CannedAnswers),
            ("respuesta-tipo", InboxPaths.CannedAnswer(null)),
        })
        {
            var response = await OpenAsync(path);
            Assert.Equal(200, response.Status);
            await Page.AssertNoViolationsAsync();
            Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The page {path} scrolls sideways at {width} px.");
            await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}-{width}.png"), FullPage = true });
        }
    }

    /// <summary>A citizen's message arrives through the intake, in a unit the administrator belongs to.</summary>
    private Task<Request> ArrivalAsync(string text, InboxChannel channel = InboxChannel.WebForm) =>
        Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var db = unitOfWork.Db;
            var adminId = (await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(PortalHost.AdminUserName))!.Id;
            var unit = await db.Set<Unit>().OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
            if (unit is null)
            {
                unit = new Unit { Name = "Atención general" };
                db.Add(unit);
                await db.SaveChangesAsync(ct);
                db.Add(new UnitMember { UnitId = unit.Id, UserId = adminId, Lead = true });
            }

            var sender = Guid.NewGuid().ToString("N")[..8] + "@correo.example";
            var inbound = new InboundMessage(channel, DateTime.UtcNow, text, "Vecina");
            var (request, _) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Email, "", sender, sender, Verified: false), ct);
            request.UnitId = unit.Id;
            await unitOfWork.CommitAsync(ct);
            return request;
        });

    private async Task SignInWithKeyboardAsync()
    {
        await OpenAsync("/admin/acceso");
        await Page.GetByLabel("Usuario").FillAsync(PortalHost.AdminUserName);
        await Page.GetByLabel("Contraseña").FillAsync(PortalHost.AdminPassword);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
    }
}
