using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Content;

internal sealed class ContentManager(
    IUnitOfWork unitOfWork,
    IContentDefinitionStore definitions,
    ContentEvents events,
    IServiceProvider services,
    TimeProvider time,
    IStringLocalizer<CoreResources> S) : IContentManager
{
    private Data.PortalDbContext Db => unitOfWork.Db;

    public Task<ContentItem?> GetAsync(string itemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var query = Db.ContentItems.Where(c => c.ItemId == itemId);
        query = options switch
        {
            VersionOptions.Published => query.Where(c => c.Published),
            VersionOptions.Draft => query.Where(c => c.Latest && !c.Published),
            _ => query.Where(c => c.Latest),
        };
        return query.FirstOrDefaultAsync(cancellationToken);
    }

    public Task<ContentItem?> GetVersionAsync(string versionId, CancellationToken cancellationToken = default) =>
        Db.ContentItems.FirstOrDefaultAsync(c => c.VersionId == versionId, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string itemId, CancellationToken cancellationToken = default) =>
        await Db.ContentItems.AsNoTracking().Where(c => c.ItemId == itemId).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);

    public object GetModel(ContentItem item) => ContentSerializer.Deserialize(item.Data, Definition(item.ContentType).ModelType);

    public T GetModel<T>(ContentItem item) where T : class => (T)GetModel(item);

    public Task<ContentResult> CreateAsync(string contentType, object model, string user, bool publish = false, string? itemId = null, CancellationToken cancellationToken = default)
    {
        var type = definitions.Find(contentType);
        if (type is null)
        {
            return Task.FromResult(ContentResult.Failed(ContentOutcome.Invalid, S["Content_UnknownType", contentType]));
        }

        if (!type.ModelType.IsInstanceOfType(model))
        {
            throw new ArgumentException($"A {contentType} item needs a {type.ModelType.Name} model, not {model.GetType().Name}.", nameof(model));
        }

        if (itemId is not null && !ContentIds.IsValid(itemId))
        {
            return Task.FromResult(ContentResult.Failed(ContentOutcome.Invalid, S["Content_InvalidItemId", itemId]));
        }

        return InSavepointAsync(async ct =>
        {
            if (itemId is not null && await Db.ContentItems.AnyAsync(c => c.ItemId == itemId, ct))
            {
                return ContentResult.Failed(ContentOutcome.Invalid, S["Content_DuplicateItemId", itemId]);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var item = new ContentItem
            {
                ItemId = itemId ?? ContentIds.New(time),
                VersionId = ContentIds.New(time),
                ContentType = type.Name,
                Latest = true,
                CreatedUtc = now,
                ModifiedUtc = now,
                Owner = user,
                Author = user,
                ConcurrencyStamp = NewStamp(),
            };
            var context = new ContentContext(item, model, type, user, services);
            var errors = await events.ValidateAsync(context, publish);
            if (errors.Count > 0)
            {
                return ContentResult.Invalid(errors);
            }

            await events.WriteModelAsync(context);
            Db.ContentItems.Add(item);
            await Db.SaveChangesAsync(ct);
            await events.SavedAsync(context, ct);
            if (publish)
            {
                await PublishCoreAsync(context, ct);
            }

            return ContentResult.Success(item);
        }, cancellationToken);
    }

    public Task<ContentResult> UpdateAsync(string itemId, object model, string expectedStamp, string user, bool publish = false, CancellationToken cancellationToken = default) =>
        InSavepointAsync(async ct =>
        {
            var latest = await GetAsync(itemId, VersionOptions.Latest, ct);
            if (latest is null)
            {
                return NotFound();
            }

            if (latest.ConcurrencyStamp != expectedStamp)
            {
                return Conflict();
            }

            var type = Definition(latest.ContentType);
            var target = latest;
            if (latest.Published && type.Draftable)
            {
                target = NewVersionOf(latest, user);
            }

            var context = new ContentContext(target, model, type, user, services);
            var errors = await events.ValidateAsync(context, publish || (latest.Published && !type.Draftable));
            if (errors.Count > 0)
            {
                return ContentResult.Invalid(errors);
            }

            await events.WriteModelAsync(context);
            await SaveVersionAsync(latest, target, user, ct);
            await events.SavedAsync(context, ct);
            if (publish || (target.Published && !type.Draftable))
            {
                await PublishCoreAsync(context, ct);
            }

            return ContentResult.Success(target);
        }, cancellationToken);

    public Task<ContentResult> PublishAsync(string itemId, string user, string? expectedStamp = null, CancellationToken cancellationToken = default) =>
        InSavepointAsync(async ct =>
        {
            var latest = await GetAsync(itemId, VersionOptions.Latest, ct);
            if (latest is null)
            {
                return NotFound();
            }

            if (expectedStamp is not null && latest.ConcurrencyStamp != expectedStamp)
            {
                return Conflict();
            }

            if (latest.Published)
            {
                return ContentResult.Success(latest);
            }

            var context = new ContentContext(latest, GetModel(latest), Definition(latest.ContentType), user, services);
            var errors = await events.ValidateAsync(context, publishing: true);
            if (errors.Count > 0)
            {
                return ContentResult.Invalid(errors);
            }

            await LockLatestAsync(latest, ct);
            await PublishCoreAsync(context, ct);
            return ContentResult.Success(latest);
        }, cancellationToken);

    public Task<ContentResult> UnpublishAsync(string itemId, string user, CancellationToken cancellationToken = default) =>
        InSavepointAsync(async ct =>
        {
            var published = await GetAsync(itemId, VersionOptions.Published, ct);
            if (published is null)
            {
                return ContentResult.Failed(ContentOutcome.Invalid, S["Content_NotPublished"]);
            }

            published.Published = false;
            published.ConcurrencyStamp = NewStamp();
            await Db.SaveChangesAsync(ct);
            var context = new ContentContext(published, GetModel(published), Definition(published.ContentType), user, services);
            await events.SyncIndexFlagsAsync(published, ct);
            await events.RaiseAsync(context, (h, c) => h.UnpublishedAsync(c));
            return ContentResult.Success(published);
        }, cancellationToken);

    public Task<ContentResult> DiscardDraftAsync(string itemId, string user, CancellationToken cancellationToken = default) =>
        InSavepointAsync(async ct =>
        {
            var draft = await GetAsync(itemId, VersionOptions.Draft, ct);
            var published = await GetAsync(itemId, VersionOptions.Published, ct);
            if (draft is null || published is null)
            {
                return ContentResult.Failed(ContentOutcome.Invalid, S["Content_NoDraftToDiscard"]);
            }

            // The draft row stays, hidden, so the history still shows what was written and discarded.
            draft.Latest = false;
            draft.ConcurrencyStamp = NewStamp();
            await Db.SaveChangesAsync(ct);
            published.Latest = true;
            published.ConcurrencyStamp = NewStamp();
            await Db.SaveChangesAsync(ct);
            await events.SyncIndexFlagsAsync(draft, ct);
            await events.SyncIndexFlagsAsync(published, ct);
            return ContentResult.Success(published);
        }, cancellationToken);

    public async Task<ContentResult> RestoreAsync(string versionId, string user, CancellationToken cancellationToken = default)
    {
        var version = await Db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.VersionId == versionId, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var latest = await Db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ItemId == version.ItemId && c.Latest, cancellationToken);
        if (latest is null)
        {
            // A removed item comes back as a draft of the chosen version.
            return await InSavepointAsync(async ct =>
            {
                var restored = await Db.ContentItems.FirstAsync(c => c.VersionId == versionId, ct);
                var copy = NewVersionOf(restored, user);
                copy.Data = restored.Data;
                copy.DisplayText = restored.DisplayText;
                Db.ContentItems.Add(copy);
                await Db.SaveChangesAsync(ct);
                var context = new ContentContext(copy, GetModel(copy), Definition(copy.ContentType), user, services);
                await events.SavedAsync(context, ct);
                return ContentResult.Success(copy);
            }, cancellationToken);
        }

        return await UpdateAsync(version.ItemId, GetModel(version), latest.ConcurrencyStamp, user, cancellationToken: cancellationToken);
    }

    public Task<ContentResult> RemoveAsync(string itemId, string user, CancellationToken cancellationToken = default) =>
        InSavepointAsync(async ct =>
        {
            var visible = await Db.ContentItems.Where(c => c.ItemId == itemId && (c.Latest || c.Published)).ToListAsync(ct);
            if (visible.Count == 0)
            {
                return NotFound();
            }

            var latest = visible.FirstOrDefault(c => c.Latest) ?? visible[0];
            var wasPublished = visible.FirstOrDefault(c => c.Published);
            await LockLatestAsync(latest, ct);
            foreach (var version in visible)
            {
                version.Latest = false;
                version.Published = false;
                version.ConcurrencyStamp = NewStamp();
            }

            await Db.SaveChangesAsync(ct);
            foreach (var version in visible)
            {
                await events.SyncIndexFlagsAsync(version, ct);
            }

            if (wasPublished is not null)
            {
                var unpublished = new ContentContext(wasPublished, GetModel(wasPublished), Definition(wasPublished.ContentType), user, services);
                await events.RaiseAsync(unpublished, (h, c) => h.UnpublishedAsync(c));
            }

            var context = new ContentContext(latest, GetModel(latest), Definition(latest.ContentType), user, services);
            await events.RaiseAsync(context, (h, c) => h.RemovedAsync(c));
            return ContentResult.Success(latest);
        }, cancellationToken);

    private async Task PublishCoreAsync(ContentContext context, CancellationToken ct)
    {
        var item = context.Item;
        var previous = await Db.ContentItems.FirstOrDefaultAsync(c => c.ItemId == item.ItemId && c.Published && c.Id != item.Id, ct);
        if (previous is not null)
        {
            previous.Published = false;
            previous.ConcurrencyStamp = NewStamp();
            await Db.SaveChangesAsync(ct);
            await events.SyncIndexFlagsAsync(previous, ct);
        }

        item.Published = true;
        item.PublishedUtc = time.GetUtcNow().UtcDateTime;
        item.ConcurrencyStamp = NewStamp();
        await Db.SaveChangesAsync(ct);
        await events.SyncIndexFlagsAsync(item, ct);
        await events.RaiseAsync(context, (h, c) => h.PublishedAsync(c));
    }

    /// <summary>
    /// Every operation that writes several rows of an item writes its latest row first (an edit does so by nature).
    /// On PostgreSQL two operations on one item then queue on that row instead of each holding a row the other
    /// needs, which ends in a deadlock; the one that waited finds a new stamp and reports a conflict.
    /// </summary>
    private async Task LockLatestAsync(ContentItem latest, CancellationToken ct)
    {
        latest.ConcurrencyStamp = NewStamp();
        await Db.SaveChangesAsync(ct);
    }

    /// <summary>Writes the new version (or the in-place edit), retiring the old latest first so the unique index holds.</summary>
    private async Task SaveVersionAsync(ContentItem latest, ContentItem target, string user, CancellationToken ct)
    {
        if (!ReferenceEquals(latest, target))
        {
            latest.Latest = false;
            latest.ConcurrencyStamp = NewStamp();
            await Db.SaveChangesAsync(ct);
            await events.SyncIndexFlagsAsync(latest, ct);
            Db.ContentItems.Add(target);
        }
        else
        {
            target.ModifiedUtc = time.GetUtcNow().UtcDateTime;
            target.Author = user;
            target.ConcurrencyStamp = NewStamp();
        }

        await Db.SaveChangesAsync(ct);
    }

    private ContentItem NewVersionOf(ContentItem source, string user)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new ContentItem
        {
            ItemId = source.ItemId,
            VersionId = ContentIds.New(time),
            ContentType = source.ContentType,
            Latest = true,
            CreatedUtc = source.CreatedUtc,
            ModifiedUtc = now,
            Owner = source.Owner,
            Author = user,
            ConcurrencyStamp = NewStamp(),
        };
    }

    /// <summary>
    /// Runs one operation inside a savepoint of the unit of work's transaction: a conflict or refusal midway
    /// rolls back to the savepoint, so the request can go on and commit nothing half-done.
    /// </summary>
    private async Task<ContentResult> InSavepointAsync(Func<CancellationToken, Task<ContentResult>> operation, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var transaction = Db.Database.CurrentTransaction!;
        var savepoint = "content_" + Guid.NewGuid().ToString("N")[..12];
        for (var attempt = 1; ; attempt++)
        {
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
            try
            {
                var result = await operation(cancellationToken);
                if (result.Succeeded)
                {
                    await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
                    return result;
                }

                await UndoAsync(transaction, savepoint);
                return result;
            }
            catch (DbUpdateConcurrencyException)
            {
                await UndoAsync(transaction, savepoint);
                return Conflict();
            }
            catch (DbUpdateException) when (IsUniqueViolationOnLatest())
            {
                await UndoAsync(transaction, savepoint);
                return Conflict();
            }
            catch (Exception ex) when (attempt == 1 && UniqueViolation.Is(ex))
            {
                // A module's unique index (a page's address) refused a row another request committed after this
                // one checked. Once more from the start, the handlers' checks see that row and say what clashes.
                await UndoAsync(transaction, savepoint);
            }
            catch (Exception ex) when (UniqueViolation.Is(ex))
            {
                await UndoAsync(transaction, savepoint);
                return Conflict();
            }
        }
    }

    private async Task UndoAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string savepoint)
    {
        await transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None);
        Db.ChangeTracker.Clear();
    }

    // Two writers racing to add a new latest version of one item: the partial unique index stops the second.
    private bool IsUniqueViolationOnLatest() => Db.ChangeTracker.Entries<ContentItem>().Any(e => e.State == EntityState.Added);

    private ContentTypeDefinition Definition(string contentType) =>
        definitions.Find(contentType) ?? throw new InvalidOperationException($"The content type '{contentType}' is stored but no module registers it.");

    private ContentResult NotFound() => ContentResult.Failed(ContentOutcome.NotFound, S["Content_NotFound"]);

    private ContentResult Conflict() => ContentResult.Failed(ContentOutcome.Conflict,
        S["Content_Conflict"]);

    private static string NewStamp() => Guid.NewGuid().ToString();
}
