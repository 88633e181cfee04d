using Portal.Core.UnitOfWork;

namespace Portal.Core.Content;

/// <summary>
/// The lifecycle events of one unit of work: handlers in module order, index providers, and the save that keeps
/// the rows handlers add inside the same operation.
/// </summary>
internal sealed class ContentEvents(
    IUnitOfWork unitOfWork, IEnumerable<IContentHandler> handlers, IEnumerable<IContentIndexProvider> indexProviders, ContentTextLimits textLimits)
{
    private readonly IContentHandler[] _handlers = [.. handlers];

    /// <summary>After a version row is written: its typed index rows, then the handlers' <c>Saved</c>.</summary>
    public async Task SavedAsync(ContentContext context, CancellationToken ct)
    {
        foreach (var provider in indexProviders)
        {
            await provider.MapAsync(context, unitOfWork.Db, ct);
        }

        await RaiseAsync(context, (h, c) => h.SavedAsync(c));
    }

    public async Task<IReadOnlyList<ContentError>> ValidateAsync(ContentContext context, bool publishing)
    {
        // Before the handlers, which would otherwise analyse (plain language, slugs) a text no one may store.
        var tooLong = textLimits.Check(context.Model);
        if (tooLong.Count > 0)
        {
            return tooLong;
        }

        var validating = new ValidatingContentContext(context.Item, context.Model, context.Type, context.User, context.Services, publishing);
        foreach (var handler in _handlers)
        {
            await handler.ValidatingAsync(validating);
        }

        return validating.Errors;
    }

    public async Task WriteModelAsync(ContentContext context)
    {
        await RaiseAsync(context, (h, c) => h.SavingAsync(c));
        context.Item.Data = ContentSerializer.Serialize(context.Model, context.Type.ModelType);
        context.Item.DisplayText = context.Type.DisplayText(context.Model);
    }

    public async Task RaiseAsync(ContentContext context, Func<IContentHandler, ContentContext, Task> raise)
    {
        foreach (var handler in _handlers)
        {
            await raise(handler, context);
        }

        // Handlers may have added rows of their own: they belong to this operation.
        await unitOfWork.Db.SaveChangesAsync();
    }

    public async Task SyncIndexFlagsAsync(ContentItem item, CancellationToken ct)
    {
        foreach (var provider in indexProviders)
        {
            await provider.SyncFlagsAsync(unitOfWork.Db, item, ct);
        }
    }
}
