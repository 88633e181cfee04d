using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Taxonomies.Terms;

namespace Portal.Contents.Parts;

/// <summary>Runs <see cref="CommonPartRules"/> with today's date in the site's time zone and the terms that exist now.</summary>
public sealed class CommonPartValidator(CommonPartRules rules, ITaxonomyStore taxonomies, SiteTime time)
{
    public async Task<IReadOnlyList<ContentError>> ErrorsAsync(CommonPart part, bool publishing, string prefix, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(await time.ToLocalAsync(time.UtcNow, cancellationToken));
        var terms = new KnownTerms(
            await SlugsAsync(Vocabularies.Topics, cancellationToken),
            await SlugsAsync(Vocabularies.LifeEvents, cancellationToken),
            await SlugsAsync(Vocabularies.Audiences, cancellationToken));
        return rules.Errors(part, publishing, today, terms, prefix).ToList();
    }

    private async Task<IReadOnlySet<string>> SlugsAsync(string vocabulary, CancellationToken cancellationToken) =>
        (await taxonomies.GetTermsAsync(vocabulary, cancellationToken)).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
}
