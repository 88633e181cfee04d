using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Content;

public sealed class ContentConcurrencyTests(ContentFixture fixture) : PortalTest<ContentFixture>(fixture), IClassFixture<ContentFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Concurrent_saves_leave_one_latest_and_at_most_one_published_version_and_the_losers_get_a_conflict(bool draftOverPublished)
    {
        var item = await Host.CreateAsync("Carrera", publish: true);
        if (draftOverPublished)
        {
            var draft = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Carrera (borrador)" }, item.ConcurrencyStamp, "autora", cancellationToken: ct));
            Assert.True(draft.Succeeded);
        }

        const int editorCount = 20;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = 0;

        // Twenty editors in twenty units of work. A third publish; the others read the latest version and save it
        // with its stamp, half of them publishing too. Nobody writes until everyone has read, so all savers hold the
        // same stamp and every write races: whoever writes first wins, every other save is stale.
        var editors = Enumerable.Range(1, editorCount).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await Host.RunAsync(async (content, ct) =>
            {
                var latest = await content.GetAsync(item.ItemId, VersionOptions.Latest, ct);
                if (Interlocked.Increment(ref ready) == editorCount)
                {
                    allReady.SetResult();
                }

                await allReady.Task.WaitAsync(ct);
                return IsPublisher(i)
                    ? await content.PublishAsync(item.ItemId, $"editor{i}", cancellationToken: ct)
                    : await content.UpdateAsync(item.ItemId, new TestModel { Title = $"Carrera {i}" }, latest!.ConcurrencyStamp, $"editor{i}", publish: i % 3 == 2, cancellationToken: ct);
            });
        }, TestContext.Current.CancellationToken)).ToList();
        start.SetResult();
        var results = await Task.WhenAll(editors);

        Assert.All(results, r => Assert.True(
            r.Succeeded || (r.Outcome == ContentOutcome.Conflict && r.Errors.Single().Message == ContentStore.Conflict),
            $"{r.Outcome}: {string.Join("; ", r.Errors.Select(e => e.Message))}"));
        var savesThatWon = results.Where((r, i) => !IsPublisher(i + 1) && r.Succeeded).Count();
        // Over a published version the publishers have nothing to do until a saver wins. Over a draft a publisher
        // may win first, which makes every save stale.
        Assert.True(draftOverPublished ? savesThatWon <= 1 && results.Any(r => r.Succeeded) : savesThatWon == 1, $"{savesThatWon} saves won.");
        var rows = await Host.RowsAsync(item.ItemId);
        var latestRow = Assert.Single(rows, r => r.Latest);
        Assert.True(rows.Count(r => r.Published) <= 1, $"{rows.Count(r => r.Published)} published versions.");
        var index = await Host.IndexRowsAsync(item.ItemId);
        Assert.Equal(latestRow.VersionId, Assert.Single(index, i => i.Latest).VersionId);
        Assert.Equal(rows.Where(r => r.Published).Select(r => r.VersionId), index.Where(i => i.Published).Select(i => i.VersionId));
    }

    [Fact]
    public async Task The_partial_unique_indexes_refuse_a_second_latest_or_published_row_written_directly()
    {
        ExpectLog(r => r.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        var item = await Host.CreateAsync("Única", publish: true);

        await Assert.ThrowsAsync<DbUpdateException>(() => AddRowAsync(item, latest: true, published: false));
        await Assert.ThrowsAsync<DbUpdateException>(() => AddRowAsync(item, latest: false, published: true));
        Assert.Single(await Host.RowsAsync(item.ItemId));

        // The same row without the flags is history, which the indexes allow.
        await AddRowAsync(item, latest: false, published: false);
        Assert.Equal(2, (await Host.RowsAsync(item.ItemId)).Count);
    }

    private static bool IsPublisher(int editor) => editor % 3 == 0;

    private Task AddRowAsync(ContentItem item, bool latest, bool published) => Host.RunAsync(async (services, ct) =>
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(ct);
        unitOfWork.Db.ContentItems.Add(new ContentItem
        {
            ItemId = item.ItemId,
            VersionId = ContentIds.New(),
            ContentType = item.ContentType,
            Latest = latest,
            Published = published,
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc,
            Owner = item.Owner,
            Author = item.Author,
            DisplayText = item.DisplayText,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            Data = item.Data,
        });
        await unitOfWork.Db.SaveChangesAsync(ct);
    });
}
