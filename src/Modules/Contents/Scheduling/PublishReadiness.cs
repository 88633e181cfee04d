using Portal.Core.Content;

namespace Portal.Contents.Scheduling;

/// <summary>
/// Runs the publishing checks of every content handler without writing anything, so a publication scheduled for
/// later is refused now, while the editor is at the form, rather than failing unseen when its time comes.
/// </summary>
public sealed class PublishReadiness(IEnumerable<IContentHandler> handlers, IContentDefinitionStore definitions, IServiceProvider services)
{
    public async Task<IReadOnlyList<ContentError>> CheckAsync(ContentItem item, object model, string user)
    {
        var type = definitions.Find(item.ContentType) ?? throw new InvalidOperationException($"No module registers the content type '{item.ContentType}'.");
        var context = new ValidatingContentContext(item, model, type, user, services, publishing: true);
        foreach (var handler in handlers)
        {
            await handler.ValidatingAsync(context);
        }

        return context.Errors;
    }
}
