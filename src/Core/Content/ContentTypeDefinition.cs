namespace Portal.Core.Content;

/// <summary>
/// A content type is code: a name, the CLR model stored in <see cref="ContentItem.Data"/>, and how to read its title.
/// Modules register one per type with <c>services.AddContentType&lt;TModel&gt;(...)</c>.
/// </summary>
public sealed record ContentTypeDefinition(string Name, Type ModelType, Func<object, string> DisplayText)
{
    /// <summary>Resource key (in the module's resources) for the type's Spanish name, or the name itself.</summary>
    public string DisplayName { get; init; } = Name;

    /// <summary>Whether edits to a published item are kept as drafts until published.</summary>
    public bool Draftable { get; init; } = true;

    /// <summary>Where citizens read a published item; null for a type with no public page.</summary>
    public ContentPath? Path { get; init; }

    /// <summary>
    /// Whether its publications go out to the social networks by default. Legal and institutional pages say no: a
    /// fresh site connected to real accounts must not post its legal notice.
    /// </summary>
    public bool SyndicatedByDefault { get; init; } = true;
}

public interface IContentDefinitionStore
{
    IReadOnlyList<ContentTypeDefinition> Types { get; }

    ContentTypeDefinition? Find(string contentType);
}

internal sealed class ContentDefinitionStore(IEnumerable<ContentTypeDefinition> types) : IContentDefinitionStore
{
    private readonly Dictionary<string, ContentTypeDefinition> _byName =
        types.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ContentTypeDefinition> Types => [.. _byName.Values];

    public ContentTypeDefinition? Find(string contentType) => _byName.GetValueOrDefault(contentType);
}
