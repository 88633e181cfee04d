using Portal.Core.Content;
using Portal.Testing;

namespace Portal.IntegrationTests.Content;

public sealed class ContentIndexTests(ContentFixture fixture) : PortalTest<ContentFixture>(fixture), IClassFixture<ContentFixture>
{
    [Fact]
    public async Task A_typed_index_follows_the_versions_through_update_publish_unpublish_and_remove()
    {
        var item = await Host.CreateAsync("Índice 1");
        await AssertIndexMatchesAsync(item.ItemId, expectedRows: 1);

        await SucceedAsync((c, ct) => c.PublishAsync(item.ItemId, "editora", cancellationToken: ct));
        await AssertIndexMatchesAsync(item.ItemId, expectedRows: 1);

        var draft = await SucceedAsync(async (c, ct) => await c.UpdateAsync(item.ItemId, new TestModel { Title = "Índice 2" }, (await c.GetAsync(item.ItemId, VersionOptions.Latest, ct))!.ConcurrencyStamp, "editora", cancellationToken: ct));
        await AssertIndexMatchesAsync(item.ItemId, expectedRows: 2);

        await SucceedAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Índice 2 corregido" }, draft.ConcurrencyStamp, "editora", cancellationToken: ct));
        await AssertIndexMatchesAsync(item.ItemId, expectedRows: 2);

        await SucceedAsync((c, ct) => c.PublishAsync(item.ItemId, "editora", cancellationToken: ct));
        await AssertIndexMatchesAsync(item.ItemId, expectedRows: 2);

        await SucceedAsync((c, ct) => c.UnpublishAsync(item.ItemId, "editora", ct));
        await AssertIndexMatchesAsync(item.ItemId, expectedRows: 2);

        await SucceedAsync((c, ct) => c.RemoveAsync(item.ItemId, "editora", ct));
        var index = await AssertIndexMatchesAsync(item.ItemId, expectedRows: 2);
        Assert.All(index, i => Assert.False(i.Latest || i.Published));
    }

    [Fact]
    public async Task A_discarded_draft_leaves_the_index_pointing_at_the_published_version()
    {
        var item = await Host.CreateAsync("Publicada", publish: true);
        await SucceedAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Borrador" }, item.ConcurrencyStamp, "editora", cancellationToken: ct));

        await SucceedAsync((c, ct) => c.DiscardDraftAsync(item.ItemId, "editora", ct));

        var index = await AssertIndexMatchesAsync(item.ItemId, expectedRows: 2);
        Assert.Equal("Publicada", Assert.Single(index, i => i.Latest && i.Published).Title);
    }

    /// <summary>Every version has its index row, with the version's flags and title.</summary>
    private async Task<List<TestIndex>> AssertIndexMatchesAsync(string itemId, int expectedRows)
    {
        var rows = await Host.RowsAsync(itemId);
        var index = await Host.IndexRowsAsync(itemId);
        Assert.Equal(expectedRows, rows.Count);
        Assert.Equal(
            rows.Select(r => (r.VersionId, r.Latest, r.Published, Title: r.Title())).OrderBy(r => r.VersionId, StringComparer.Ordinal),
            index.Select(i => (i.VersionId, i.Latest, i.Published, i.Title)).OrderBy(i => i.VersionId, StringComparer.Ordinal));
        return index;
    }

    private async Task<ContentItem> SucceedAsync(Func<IContentManager, CancellationToken, Task<ContentResult>> operation)
    {
        var result = await Host.RunAsync(operation);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Item!;
    }
}
