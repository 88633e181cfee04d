using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.IntegrationTests.Content;

public sealed class ContentHandlerTests(ContentFixture fixture) : PortalTest<ContentFixture>(fixture), IClassFixture<ContentFixture>
{
    [Fact]
    public async Task A_handler_failing_on_saved_rolls_back_the_item_and_the_row_it_wrote()
    {
        var itemId = ContentIds.New();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.RunAsync((c, ct) =>
            c.CreateAsync("test", new TestModel { Title = FailingHandler.FailOnSaved }, "autora", itemId: itemId, cancellationToken: ct)));

        Assert.Empty(await Host.RowsAsync(itemId));
        Assert.False(await HandlerRowExistsAsync(itemId));
    }

    [Fact]
    public async Task A_handler_failing_on_published_rolls_back_the_whole_unit_of_work_and_the_published_version_stays()
    {
        var item = await Host.CreateAsync("Estable", publish: true);
        var companionId = ContentIds.New();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.RunAsync(async (c, ct) =>
        {
            var companion = await c.CreateAsync("test", new TestModel { Title = "Acompañante" }, "autora", itemId: companionId, cancellationToken: ct);
            Assert.True(companion.Succeeded);
            return await c.UpdateAsync(item.ItemId, new TestModel { Title = FailingHandler.FailOnPublished }, item.ConcurrencyStamp, "autora", publish: true, cancellationToken: ct);
        }));

        var row = Assert.Single(await Host.RowsAsync(item.ItemId));
        Assert.True(row is { Latest: true, Published: true });
        Assert.Equal("Estable", row.Title());
        Assert.Equal(item.ConcurrencyStamp, row.ConcurrencyStamp);
        Assert.Empty(await Host.RowsAsync(companionId));
        Assert.False(await HandlerRowExistsAsync(item.ItemId));
        Assert.Equal(["Estable"], (await Host.IndexRowsAsync(item.ItemId)).Select(i => i.Title));
    }

    [Fact]
    public async Task Over_http_a_failing_handler_is_a_500_and_nothing_is_stored()
    {
        ExpectLog(r => r.Exception is InvalidOperationException { Message: var m } && m.Contains(FailingHandler.FailOnSaved, StringComparison.Ordinal));
        using var client = Host.CreateBrowserLikeClient();
        var failingId = ContentIds.New();
        var workingId = ContentIds.New();

        using var failed = await client.PostAsync("/test/contenido", Form(failingId, FailingHandler.FailOnSaved), TestContext.Current.CancellationToken);
        using var saved = await client.PostAsync("/test/contenido", Form(workingId, "Guardado por HTTP"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Empty(await Host.RowsAsync(failingId));
        Assert.False(await HandlerRowExistsAsync(failingId));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(Assert.Single(await Host.RowsAsync(workingId)).Published);
    }

    private static FormUrlEncodedContent Form(string itemId, string title) => new([new("itemId", itemId), new("title", title)]);

    private Task<bool> HandlerRowExistsAsync(string itemId) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().SiteSettings.AnyAsync(s => s.Key == FailingHandler.RowPrefix + itemId, ct));
}
