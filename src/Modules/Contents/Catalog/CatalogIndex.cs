using Portal.Contents.Parts;
using Portal.Core.Content;

namespace Portal.Contents.Catalog;

/// <summary>
/// One row per version of every <see cref="ICitizenContent"/> type, so lists, feeds, the sitemap and review work
/// filter and sort across types in SQL. Dates come from the version row itself, which publishing updates.
/// </summary>
public sealed class CatalogIndex : ContentIndex
{
    public const string TableName = "CatalogIndex";
    public const int TextLength = 500;
    public const int ContentTypeLength = 64;

    public string ContentType { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public DateOnly? NextReviewDate { get; set; }

    public string OwnerEmail { get; set; } = "";
}

internal sealed class CatalogIndexProvider : ContentIndexProvider<CatalogIndex, ICitizenContent>
{
    protected override CatalogIndex Map(ICitizenContent model, ContentItem item) => new()
    {
        ContentType = item.ContentType,
        Slug = model.Common.Slug,
        Title = Cut(model.Common.Title),
        Summary = Cut(model.Common.Summary),
        NextReviewDate = model.Common.NextReviewDate,
        OwnerEmail = Cut(model.Common.ContentOwner.Email),
    };

    // The index serves lists; the full texts stay in the version's document.
    private static string Cut(string value) => value.Length <= CatalogIndex.TextLength ? value : value[..CatalogIndex.TextLength];
}
