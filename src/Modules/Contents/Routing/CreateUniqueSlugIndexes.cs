using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Contents.Catalog;
using Portal.Contents.PageType;
using Portal.Core.Migrations;

namespace Portal.Contents.Routing;

/// <summary>
/// One address, one item: the database refuses a second live page (or item of a catalog type) with an address
/// another already holds, whatever the application read a moment before. Latest and published versions each get
/// their own index, since one item's draft and published version may share the address.
/// </summary>
internal sealed class CreateUniqueSlugIndexes : MigrationStep
{
    public const string PageLatest = "IX_PageIndex_Slug_Latest_Unique";
    public const string PagePublished = "IX_PageIndex_Slug_Published_Unique";
    public const string CatalogLatest = "IX_CatalogIndex_ContentType_Slug_Latest_Unique";
    public const string CatalogPublished = "IX_CatalogIndex_ContentType_Slug_Published_Unique";
    public const string LatestFilter = "\"Latest\" AND \"Slug\" <> ''";
    public const string PublishedFilter = "\"Published\" AND \"Slug\" <> ''";

    public override string Id => "Contents.0006.CreateUniqueSlugIndexes";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateIndex(PageLatest, PageIndex.TableName, "Slug", unique: true, filter: LatestFilter);
        builder.CreateIndex(PagePublished, PageIndex.TableName, "Slug", unique: true, filter: PublishedFilter);
        builder.CreateIndex(CatalogLatest, CatalogIndex.TableName, ["ContentType", "Slug"], unique: true, filter: LatestFilter);
        builder.CreateIndex(CatalogPublished, CatalogIndex.TableName, ["ContentType", "Slug"], unique: true, filter: PublishedFilter);
    }
}
