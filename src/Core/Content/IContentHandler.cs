namespace Portal.Core.Content;

/// <summary>
/// Lifecycle events of the content store. All run inside the caller's unit of work, in module order, so rows a
/// handler writes commit or roll back with the content itself. Handlers never call the network: a remote effect
/// is a row (outbox) or an after-commit task.
/// </summary>
public interface IContentHandler
{
    /// <summary>Before any write; add errors to refuse the save.</summary>
    Task ValidatingAsync(ValidatingContentContext context) => Task.CompletedTask;

    /// <summary>Before the model is serialized: computed fields (slug, scores).</summary>
    Task SavingAsync(ContentContext context) => Task.CompletedTask;

    /// <summary>After the version row is written (created or updated): index tables.</summary>
    Task SavedAsync(ContentContext context) => Task.CompletedTask;

    Task PublishedAsync(ContentContext context) => Task.CompletedTask;

    Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;

    Task RemovedAsync(ContentContext context) => Task.CompletedTask;
}
