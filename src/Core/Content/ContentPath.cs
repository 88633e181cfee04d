namespace Portal.Core.Content;

/// <summary>
/// Where citizens read a published item of a type: under a prefix at the item's slug ("/videos/{slug}", or
/// "/{slug}" with no prefix), or at one fixed address whatever the item. Registered with the type, so the type's
/// public route and every link to its items read the same fact.
/// </summary>
public sealed class ContentPath
{
    private readonly Func<object, string>? _slug;

    private ContentPath(string path, Func<object, string>? slug)
    {
        Path = path;
        _slug = slug;
    }

    /// <summary>The fixed address, or the prefix the slug goes under ("/videos", or "" for the site's root).</summary>
    public string Path { get; }

    /// <param name="prefix">The route prefix without slashes ("videos"), as the type's controller is routed; "" for the root.</param>
    public static ContentPath AtSlug<TModel>(string prefix, Func<TModel, string> slug)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(slug);
        return new(prefix.Length == 0 ? "" : "/" + prefix.Trim('/'), m => slug((TModel)m));
    }

    /// <param name="path">A root-relative address ("/declaracion-de-accesibilidad").</param>
    public static ContentPath Fixed(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(path, null);
    }

    /// <summary>Whether the address depends on the item (its slug), so the model must be read to answer.</summary>
    public bool BySlug => _slug is not null;

    /// <returns>The root-relative address of an item with this model; null when its slug is still empty.</returns>
    public string? Of(object model)
    {
        if (_slug is null)
        {
            return Path;
        }

        var slug = _slug(model);
        return string.IsNullOrEmpty(slug) ? null : Path + "/" + slug;
    }
}
