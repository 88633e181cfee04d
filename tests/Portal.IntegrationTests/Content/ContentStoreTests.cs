using Portal.Core.Content;
using Portal.Testing;

namespace Portal.IntegrationTests.Content;

public sealed class ContentStoreTests(ContentFixture fixture) : PortalTest<ContentFixture>(fixture), IClassFixture<ContentFixture>
{
    [Fact]
    public async Task Create_writes_one_row_as_a_draft_or_as_published()
    {
        var draft = await Host.CreateAsync("Borrador");
        var published = await Host.CreateAsync("Publicado", publish: true);

        var draftRow = Assert.Single(await Host.RowsAsync(draft.ItemId));
        Assert.True(draftRow is { Latest: true, Published: false, PublishedUtc: null });
        Assert.Equal("Borrador", draftRow.DisplayText);
        Assert.Equal("autora", draftRow.Owner);
        var publishedRow = Assert.Single(await Host.RowsAsync(published.ItemId));
        Assert.True(publishedRow is { Latest: true, Published: true, PublishedUtc: not null });
        Assert.Null(await Host.GetAsync(draft.ItemId, VersionOptions.Published));
    }

    [Fact]
    public async Task Editing_a_published_item_writes_a_draft_beside_it_and_publishing_the_draft_retires_the_old_version()
    {
        var item = await Host.CreateAsync("Versión 1", publish: true);

        var updated = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Versión 2" }, item.ConcurrencyStamp, "editora", cancellationToken: ct));

        Assert.True(updated.Succeeded);
        var rows = await Host.RowsAsync(item.ItemId);
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0] is { Latest: false, Published: true }, "The published version stays published and stops being the latest.");
        Assert.True(rows[1] is { Latest: true, Published: false }, "The edit is a new draft.");
        Assert.Equal("Versión 1", rows[0].Title());
        Assert.Equal("Versión 2", rows[1].Title());
        Assert.Equal("editora", rows[1].Author);
        Assert.Equal("autora", rows[1].Owner);

        var published = await Host.RunAsync((c, ct) => c.PublishAsync(item.ItemId, "editora", cancellationToken: ct));

        Assert.True(published.Succeeded);
        rows = await Host.RowsAsync(item.ItemId);
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0] is { Latest: false, Published: false }, "The old version is retired.");
        Assert.True(rows[1] is { Latest: true, Published: true });
    }

    [Fact]
    public async Task Editing_a_draft_changes_it_in_place_and_a_new_stamp_is_given()
    {
        var item = await Host.CreateAsync("Primer borrador");

        var updated = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Segundo borrador" }, item.ConcurrencyStamp, "autora", cancellationToken: ct));

        Assert.True(updated.Succeeded);
        var row = Assert.Single(await Host.RowsAsync(item.ItemId));
        Assert.Equal("Segundo borrador", row.Title());
        Assert.Equal(item.VersionId, row.VersionId);
        Assert.NotEqual(item.ConcurrencyStamp, row.ConcurrencyStamp);
    }

    [Fact]
    public async Task Discarding_a_draft_makes_the_published_version_the_latest_again()
    {
        var item = await Host.CreateAsync("Publicada", publish: true);
        await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Descartable" }, item.ConcurrencyStamp, "autora", cancellationToken: ct));

        var discarded = await Host.RunAsync((c, ct) => c.DiscardDraftAsync(item.ItemId, "autora", ct));

        Assert.True(discarded.Succeeded);
        var rows = await Host.RowsAsync(item.ItemId);
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0] is { Latest: true, Published: true });
        Assert.True(rows[1] is { Latest: false, Published: false }, "The discarded draft stays in the history, hidden.");
        var again = await Host.RunAsync((c, ct) => c.DiscardDraftAsync(item.ItemId, "autora", ct));
        Assert.Equal(ContentOutcome.Invalid, again.Outcome);
        Assert.Equal("No hay un borrador que descartar sobre una versión publicada.", Assert.Single(again.Errors).Message);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_a_draft_with_its_content_and_leaves_the_published_version_alone()
    {
        var item = await Host.CreateAsync("Original", publish: true);
        var second = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Cambiada" }, item.ConcurrencyStamp, "autora", publish: true, cancellationToken: ct));
        Assert.True(second.Succeeded);

        var restored = await Host.RunAsync((c, ct) => c.RestoreAsync(item.VersionId, "editora", ct));

        Assert.True(restored.Succeeded);
        var rows = await Host.RowsAsync(item.ItemId);
        Assert.Equal(3, rows.Count);
        Assert.True(rows[1] is { Latest: false, Published: true }, "What citizens see does not change until the restored draft is published.");
        Assert.True(rows[2] is { Latest: true, Published: false });
        Assert.Equal("Original", rows[2].Title());
        Assert.Equal("Original", rows[2].DisplayText);
    }

    [Fact]
    public async Task Unpublishing_takes_the_item_off_the_public_site_and_keeps_it_as_a_draft()
    {
        var item = await Host.CreateAsync("Retirable", publish: true);

        var result = await Host.RunAsync((c, ct) => c.UnpublishAsync(item.ItemId, "editora", ct));

        Assert.True(result.Succeeded);
        var row = Assert.Single(await Host.RowsAsync(item.ItemId));
        Assert.True(row is { Latest: true, Published: false });
        var again = await Host.RunAsync((c, ct) => c.UnpublishAsync(item.ItemId, "editora", ct));
        Assert.Equal(ContentOutcome.Invalid, again.Outcome);
        Assert.Equal("Este contenido no está publicado.", Assert.Single(again.Errors).Message);
    }

    [Fact]
    public async Task Removing_hides_every_version_keeps_the_rows_and_a_restore_brings_the_item_back_as_a_draft()
    {
        var item = await Host.CreateAsync("Efímera", publish: true);
        await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Efímera 2" }, item.ConcurrencyStamp, "autora", cancellationToken: ct));

        var removed = await Host.RunAsync((c, ct) => c.RemoveAsync(item.ItemId, "editora", ct));

        Assert.True(removed.Succeeded);
        var rows = await Host.RowsAsync(item.ItemId);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(r is { Latest: false, Published: false }));
        Assert.Null(await Host.GetAsync(item.ItemId, VersionOptions.Latest));
        var missing = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Nada" }, rows[1].ConcurrencyStamp, "autora", cancellationToken: ct));
        Assert.Equal(ContentOutcome.NotFound, missing.Outcome);

        var restored = await Host.RunAsync((c, ct) => c.RestoreAsync(item.VersionId, "editora", ct));

        Assert.True(restored.Succeeded);
        rows = await Host.RowsAsync(item.ItemId);
        Assert.Equal(3, rows.Count);
        Assert.True(rows[2] is { Latest: true, Published: false });
        Assert.Equal("Efímera", rows[2].Title());
    }

    [Fact]
    public async Task Versions_are_listed_newest_first()
    {
        var item = await Host.CreateAsync("Uno", publish: true);
        var two = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Dos" }, item.ConcurrencyStamp, "autora", publish: true, cancellationToken: ct));
        await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Tres" }, two.Item!.ConcurrencyStamp, "autora", cancellationToken: ct));

        var versions = await Host.ListVersionsAsync(item.ItemId);

        Assert.Equal(["Tres", "Dos", "Uno"], versions.Select(v => v.Title()));
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_a_message_and_the_other_edit_survives()
    {
        var item = await Host.CreateAsync("Compartida");
        var other = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Edición de Ana" }, item.ConcurrencyStamp, "ana", cancellationToken: ct));
        Assert.True(other.Succeeded);

        var stale = await Host.RunAsync((c, ct) => c.UpdateAsync(item.ItemId, new TestModel { Title = "Edición de Luis" }, item.ConcurrencyStamp, "luis", cancellationToken: ct));

        Assert.Equal(ContentOutcome.Conflict, stale.Outcome);
        Assert.Equal(ContentStore.Conflict, Assert.Single(stale.Errors).Message);
        var row = Assert.Single(await Host.RowsAsync(item.ItemId));
        Assert.Equal("Edición de Ana", row.Title());
        Assert.Equal("ana", row.Author);

        var stalePublish = await Host.RunAsync((c, ct) => c.PublishAsync(item.ItemId, "luis", item.ConcurrencyStamp, ct));
        Assert.Equal(ContentOutcome.Conflict, stalePublish.Outcome);
        Assert.False(Assert.Single(await Host.RowsAsync(item.ItemId)).Published);
    }
}
