using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>The index is a cache of the database: a lost or damaged index folder comes back by itself on restart.</summary>
public sealed class IndexRecoveryTests(SearchFixture fixture) : PortalTest<SearchFixture>(fixture), IClassFixture<SearchFixture>
{
    [Fact]
    public async Task Deleting_the_index_folder_and_restarting_restores_search()
    {
        Assert.True((await Host.SearchUntilFoundAsync("vado")).Total > 0);
        Directory.Delete(Path.Combine(Fixture.AppDataPath, "search"), recursive: true);

        await Fixture.RestartAsync();

        var result = await Host.SearchUntilFoundAsync("vado");
        Assert.Contains("vado-permanente", result.Items.Select(i => i.Slug()));
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_on_restart()
    {
        Assert.True((await Host.SearchUntilFoundAsync("vado")).Total > 0);
        var search = Path.Combine(Fixture.AppDataPath, "search");
        foreach (var file in Directory.EnumerateFiles(search, "segments*", SearchOption.AllDirectories))
        {
            await File.WriteAllTextAsync(file, "not an index", TestContext.Current.CancellationToken);
        }

        ExpectLog(r => r.Message.Contains("cannot be read", StringComparison.Ordinal));
        await Fixture.RestartAsync();

        var result = await Host.SearchUntilFoundAsync("vado");
        Assert.Contains("vado-permanente", result.Items.Select(i => i.Slug()));
    }

    [Fact]
    public async Task A_rebuild_cut_short_by_a_killed_process_leaves_no_folder_after_restart()
    {
        Assert.True((await Host.SearchUntilFoundAsync("vado")).Total > 0);
        var partial = Path.Combine(Fixture.AppDataPath, "search", "index-20260101000000000-dead00");
        Directory.CreateDirectory(partial);
        await File.WriteAllTextAsync(Path.Combine(partial, "_0.cfs"), "half an index", TestContext.Current.CancellationToken);

        await Fixture.RestartAsync();

        Assert.True((await Host.SearchUntilFoundAsync("vado")).Total > 0);
        Assert.False(Directory.Exists(partial));
    }
}
