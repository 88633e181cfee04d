using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Syndication.Replies;
using Portal.Testing;
using SocialSandbox.Citizens;

namespace Portal.BrowserTests.Syndication;

/// <summary>The syndication site with its readers polling every second, so a citizen's reply shows in the admin within the test's patience.</summary>
public sealed class ReplyBrowserFixture : SyndicationBrowserFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:Replies:Stages:0:Until", "30.00:00:00")
            .With("Portal:Syndication:Replies:Stages:0:Every", "00:00:01")
            .With("Portal:Syndication:Replies:MentionsEvery", "00:00:01")
            .With("Portal:Syndication:Replies:PollInterval", "00:00:00.200")
            .With("Portal:Inbox:Acknowledge", "false");
    }
}

/// <summary>A member of staff answers a citizen from the item's Difusión page with the keyboard alone; the pages pass axe.</summary>
public sealed class ReplyPagesTests(ReplyBrowserFixture fixture) : BrowserTest<ReplyBrowserFixture>(fixture), IClassFixture<ReplyBrowserFixture>
{
    private const string Question = "¿Puedo presentar la solicitud si estoy empadronada en otro municipio?";
    private const string Answer = "Sí, puede. Traiga el certificado de empadronamiento a la oficina.";

    [Fact]
    public async Task Staff_answer_a_reply_from_the_Difusion_page_with_the_keyboard_and_the_answer_arrives_threaded()
    {
        var (itemId, question) = await PublishWithQuestionAsync("Ayudas para el alquiler joven");
        await SignInAsync();
        await OpenAsync("/admin/difusion/contenido/" + itemId);
        await Assertions.Expect(Page.GetByText(Question)).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();

        await Page.TabToAsync("article.reaction details:first-of-type > summary");
        await Page.Keyboard.PressAsync("Enter");
        await Page.TabToAsync("article.reaction textarea");
        await Page.Keyboard.TypeAsync(Answer);
        await Assertions.Expect(Page.Locator("article.reaction .answer-check").First).ToContainTextAsync("de 500 caracteres");
        await Page.AssertNoViolationsAsync();
        await Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Enviar la respuesta", (await Page.FocusedAsync()).Text);
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Respuesta en camino");
        await Page.AssertNoViolationsAsync();
        var answer = await WaitAsync(() => Fixture.Sandbox.Posts("mastodon").FirstOrDefault(p => p.ParentId == question.Id));
        Assert.Equal("@vecina@vecinos.example " + Answer, answer.Text);
        await WaitAsync(async () => await Host.RunAsync((services, ct) =>
            services.GetRequiredService<PortalDbContext>().Set<Interaction>().AnyAsync(i => i.Mine && i.ParentRemoteId == question.Id, ct)) ? "" : null);
        await OpenAsync("/admin/difusion/contenido/" + itemId);
        await Assertions.Expect(Page.Locator("article.reaction-mine")).ToContainTextAsync(Answer);
        Assert.Single(Fixture.Sandbox.Posts("mastodon"), p => p.ParentId == question.Id);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_conversations_page_lists_the_reply_and_passes_axe(int width)
    {
        await PublishWithQuestionAsync("Cierre de la piscina por obras " + width);
        await Page.SetViewportSizeAsync(width, 900);
        await SignInAsync();

        var response = await OpenAsync("/admin/difusion/conversaciones");

        Assert.Equal(200, response.Status);
        await Assertions.Expect(Page.GetByText(Question).First).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
    }

    private async Task<(string ItemId, SocialSandbox.SandboxPost Question)> PublishWithQuestionAsync(string title)
    {
        var item = await Host.RunAsync(async (services, ct) =>
        {
            var page = new PageContent { Title = title, Summary = "Requisitos, plazos y dónde presentarla." };
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(PageContent.TypeName, page, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            return result.Item!;
        });
        var post = await WaitAsync(async () => await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<WatchedPost>()
            .FirstOrDefaultAsync(w => w.ItemId == item.ItemId && w.Network == Portal.Syndication.SocialNetwork.Mastodon, ct)));
        var question = await Fixture.Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", post.RemoteId, Question, AuthorName: "Vecina"));
        await WaitAsync(async () => await Host.RunAsync((services, ct) =>
            services.GetRequiredService<PortalDbContext>().Set<Interaction>().FirstOrDefaultAsync(i => i.ItemId == item.ItemId && !i.Mine, ct)));
        return (item.ItemId, question);
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> until)
        where T : class
    {
        for (var i = 0; i < 600; i++)
        {
            if (await until() is { } done)
            {
                return done;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The expected state was not reached in time.");
    }

    private static Task<T> WaitAsync<T>(Func<T?> until)
        where T : class => WaitAsync(() => Task.FromResult(until()));
}
