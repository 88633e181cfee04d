namespace Portal.Taxonomies.Terms;

/// <summary>
/// Implemented by each module whose content refers to terms, so a term in use is never deleted (or its slug
/// changed) from under it. Register with <c>TryAddEnumerable(ServiceDescriptor.Scoped&lt;ITermUsageProvider, ...&gt;())</c>.
/// </summary>
public interface ITermUsageProvider
{
    /// <summary>Where the term is used; empty when nowhere.</summary>
    Task<IReadOnlyList<TermUsage>> GetUsagesAsync(string vocabulary, string slug, CancellationToken cancellationToken);
}

/// <param name="Title">What uses the term, as editors know it (the item's title).</param>
/// <param name="EditUrl">Where to change it, when there is such a page.</param>
public sealed record TermUsage(string Title, string? EditUrl);
