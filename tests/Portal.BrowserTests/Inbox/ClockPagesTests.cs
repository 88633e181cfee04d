using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.People;
using Portal.Inbox.Requests;

namespace Portal.BrowserTests.Inbox;

/// <summary>The report, calendar, targets and transparency pages pass axe and do not scroll sideways on a phone.</summary>
public sealed class ClockPagesTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_staff_pages_of_the_clocks_pass_axe(int width)
    {
        await OpenAnsweredRequestAsync(width);
        await Page.SetViewportSizeAsync(width, 900);
        await SignInAsync();

        foreach (var path in new[] { InboxPaths.Report, InboxPaths.Calendar, InboxPaths.Targets })
        {
            var response = await OpenAsync(path);

            Assert.Equal(200, response.Status);
            await Page.AssertNoViolationsAsync();
            await AssertNoSidewaysScrollAsync(path);
        }

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Plazos de respuesta" })).ToBeVisibleAsync();
        await OpenAsync(InboxPaths.Calendar);
        await Page.GetByLabel("Lunes").FillAsync("9:00-14:00, 13:00-15:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Guardar el horario" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Lunes: hay tramos que se solapan.");
        await Page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_public_transparency_page_passes_axe(int width)
    {
        await OpenAnsweredRequestAsync(width);
        await Page.SetViewportSizeAsync(width, 900);

        var response = await OpenAsync(InboxPaths.Transparency);

        Assert.Equal(200, response.Status);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Cuánto tardamos en responder", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
        await AssertNoSidewaysScrollAsync(InboxPaths.Transparency);
    }

    /// <summary>A request answered two office days later, so the tables have rows.</summary>
    private Task OpenAnsweredRequestAsync(int seed) => Host.RunAsync(async (services, ct) =>
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(ct);
        var sender = $"vecina{seed}@correo.example";
        var at = DateTime.UtcNow.AddDays(-20);
        var inbound = new InboundMessage(InboxChannel.Mastodon, at, "¿Cuándo se paga el IBI?", "Vecina");
        var (request, _) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Email, "", sender, sender, Verified: false), ct);
        var answer = new RequestMessage
        {
            RequestId = request.Id,
            Direction = MessageDirection.Outbound,
            Purpose = MessagePurpose.Message,
            Channel = request.Channel,
            AuthorName = "Atención ciudadana",
            Text = "En junio.",
            Delivery = MessageDelivery.Sent,
            CreatedUtc = at.AddDays(2),
        };
        unitOfWork.Db.Add(answer);
        await services.GetRequiredService<RequestLog>().AppendAsync(request, new RequestEvent { Kind = RequestEventKind.MessageSent, AtUtc = answer.CreatedUtc }, answer, ct);
        await unitOfWork.CommitAsync(ct);
    });

    private async Task AssertNoSidewaysScrollAsync(string path) =>
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways.");
}
