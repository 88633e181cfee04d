using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.UnitOfWork;

namespace Portal.Themes.Default.Home;

/// <summary>
/// The newest published items of every type that some module renders publicly. Items no
/// <see cref="IContentUrlProvider"/> can link (a type without a public page yet) are left out.
/// </summary>
public sealed class LatestContentQuery(
    IUnitOfWork unitOfWork,
    IEnumerable<IContentUrlProvider> urlProviders,
    IContentDefinitionStore definitions,
    IStringLocalizerFactory localizers)
{
    // Unlinkable items are skipped, so rows are read in batches until the list is full or the table ends.
    private const int BatchFactor = 3;

    private readonly IContentUrlProvider[] _urlProviders = [.. urlProviders];

    public async Task<IReadOnlyList<ContentLink>> ListAsync(int count, TimeZoneInfo timeZone, CancellationToken cancellationToken)
    {
        var links = new List<ContentLink>(count);
        var batchSize = count * BatchFactor;
        for (var skip = 0; links.Count < count; skip += batchSize)
        {
            var batch = await unitOfWork.Db.ContentItems.AsNoTracking()
                .Where(c => c.Published)
                .OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.Id)
                .Skip(skip).Take(batchSize)
                .ToListAsync(cancellationToken);
            foreach (var item in batch)
            {
                var url = await UrlOfAsync(item, cancellationToken);
                if (url is not null && links.Count < count)
                {
                    var published = TimeZoneInfo.ConvertTimeFromUtc(item.PublishedUtc ?? item.ModifiedUtc, timeZone);
                    links.Add(new ContentLink(item.DisplayText, url, TypeName(item.ContentType), published));
                }
            }

            if (batch.Count < batchSize)
            {
                break;
            }
        }

        return links;
    }

    private async Task<string?> UrlOfAsync(ContentItem item, CancellationToken cancellationToken)
    {
        foreach (var provider in _urlProviders)
        {
            if (await provider.GetUrlAsync(item, cancellationToken) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>The type's Spanish name from its module's resources (the display name is a resource key there).</summary>
    private string TypeName(string contentType)
    {
        var definition = definitions.Find(contentType);
        if (definition is null)
        {
            return contentType;
        }

        var resources = ModuleResources.For(definition.ModelType.Assembly);
        return resources is null ? definition.DisplayName : localizers.Create(resources)[definition.DisplayName];
    }
}

/// <summary>One entry of a public list: the title, where it lives, its type's Spanish name and when it was published (site time).</summary>
public sealed record ContentLink(string Title, string Url, string TypeName, DateTime Published);
