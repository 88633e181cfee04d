using Portal.Core.Content;

namespace Portal.Contents.Editors;

/// <summary>
/// How an item of one type looks to citizens: its public route and the admin preview render the same partial.
/// Derive from <see cref="ContentDisplay{TModel}"/> and register with <c>services.AddContentDisplay&lt;T&gt;()</c>.
/// </summary>
public interface IContentDisplay
{
    string ContentType { get; }

    /// <summary>Path of the partial that renders the item inside the public layout.</summary>
    string DisplayView { get; }

    /// <summary>
    /// Path of a partial rendered inside the page's <c>&lt;head&gt;</c> (the type's stylesheets), or null: partials
    /// cannot fill the layout's "Head" section, so the public page and the preview render this one there.
    /// </summary>
    string? HeadView => null;

    /// <summary>The partial's model for one version.</summary>
    Task<object> BuildAsync(ContentItem item, object model, CancellationToken cancellationToken);
}

public abstract class ContentDisplay<TModel> : IContentDisplay
    where TModel : class
{
    public abstract string ContentType { get; }

    public abstract string DisplayView { get; }

    public virtual string? HeadView => null;

    public Task<object> BuildAsync(ContentItem item, object model, CancellationToken cancellationToken) =>
        BuildAsync(item, (TModel)model, cancellationToken);

    protected abstract Task<object> BuildAsync(ContentItem item, TModel model, CancellationToken cancellationToken);
}
