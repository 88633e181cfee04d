using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>What a lifecycle handler sees: the version row, its typed model, and the unit of work it runs in.</summary>
public class ContentContext(ContentItem item, object model, ContentTypeDefinition type, string user, IServiceProvider services)
{
    public ContentItem Item { get; } = item;

    /// <summary>The typed model. <c>Saving</c> handlers may change it; it is serialized after them.</summary>
    public object Model { get; } = model;

    public ContentTypeDefinition Type { get; } = type;

    public string User { get; } = user;

    /// <summary>The request's or job's scoped services, including the shared <see cref="PortalDbContext"/>.</summary>
    public IServiceProvider Services { get; } = services;

    public T ModelAs<T>() where T : class => (T)Model;
}

/// <summary>Raised before anything is written. An error stops the save; <see cref="Publishing"/> turns on required-field checks.</summary>
public sealed class ValidatingContentContext(
    ContentItem item, object model, ContentTypeDefinition type, string user, IServiceProvider services, bool publishing)
    : ContentContext(item, model, type, user, services)
{
    private readonly List<ContentError> _errors = [];

    public bool Publishing { get; } = publishing;

    public IReadOnlyList<ContentError> Errors => _errors;

    public void AddError(string field, string message) => _errors.Add(new ContentError(field, message));
}
