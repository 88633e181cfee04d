using Portal.Contents.Editors;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;

namespace Portal.Syndication.Publishing;

/// <summary>One content type and whether its publications go to the social networks unless the editor unticks them.</summary>
public sealed record SyndicatedType(string Name, string DisplayName, bool Default, bool On);

/// <summary>
/// Which types are syndicated by default: each type's own default (legal and institutional pages: off), unless an
/// administrator changed it. The item's "Difusión" page starts from it and the editor can still change one item.
/// </summary>
public sealed class SyndicatedTypes(ISiteSettingsStore settings, ContentTypeCatalog types)
{
    public async Task<bool> IsOnAsync(string contentType, CancellationToken cancellationToken)
    {
        var chosen = await settings.GetAsync<SyndicatedTypesOptions>(cancellationToken);
        return chosen.Types.TryGetValue(contentType, out var on) ? on : types.Find(contentType)?.SyndicatedByDefault ?? false;
    }

    /// <summary>The editable types that have a public page, since a post links to it.</summary>
    public async Task<IReadOnlyList<SyndicatedType>> AllAsync(CancellationToken cancellationToken)
    {
        var chosen = await settings.GetAsync<SyndicatedTypesOptions>(cancellationToken);
        return [.. types.EditableTypes.Where(t => t.Path is not null).Select(t => new SyndicatedType(
            t.Name,
            types.DisplayName(t.Name),
            t.SyndicatedByDefault,
            chosen.Types.TryGetValue(t.Name, out var on) ? on : t.SyndicatedByDefault))];
    }

    /// <summary>Stores only the choices that differ from a type's default, so a later change of default reaches untouched types.</summary>
    public Task SaveAsync(IUnitOfWork unitOfWork, IReadOnlyDictionary<string, bool> on, CancellationToken cancellationToken)
    {
        var changed = new SyndicatedTypesOptions();
        foreach (var (name, value) in on)
        {
            if (types.Find(name) is { } type && type.SyndicatedByDefault != value)
            {
                changed.Types[type.Name] = value;
            }
        }

        return settings.SaveAsync(unitOfWork, changed, cancellationToken);
    }
}
