using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Contents.Routing;
using Portal.Core.Content;
using Portal.Core.Migrations;
using Portal.Taxonomies.Terms;

namespace Portal.Contents.Catalog;

internal sealed class CreateCatalogIndexes : MigrationStep
{
    public override string Id => "Contents.0003.CreateCatalogIndexes";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: CatalogIndex.TableName,
            columns: t => new
            {
                VersionId = t.Column<string>(maxLength: ContentItem.IdLength),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                Latest = t.Column<bool>(),
                Published = t.Column<bool>(),
                ContentType = t.Column<string>(maxLength: CatalogIndex.ContentTypeLength),
                Slug = t.Column<string>(maxLength: Slugs.MaxLength),
                Title = t.Column<string>(maxLength: CatalogIndex.TextLength),
                Summary = t.Column<string>(maxLength: CatalogIndex.TextLength),
                NextReviewDate = t.Column<DateOnly>(nullable: true),
                OwnerEmail = t.Column<string>(maxLength: CatalogIndex.TextLength),
            },
            constraints: t => t.PrimaryKey("PK_CatalogIndex", x => x.VersionId));
        builder.CreateIndex("IX_CatalogIndex_ContentType_Slug", CatalogIndex.TableName, ["ContentType", "Slug"]);
        builder.CreateIndex("IX_CatalogIndex_ItemId", CatalogIndex.TableName, "ItemId");
        builder.CreateIndex("IX_CatalogIndex_NextReviewDate", CatalogIndex.TableName, "NextReviewDate");

        builder.CreateTable(
            name: CatalogTermIndex.TableName,
            columns: t => new
            {
                VersionId = t.Column<string>(maxLength: ContentItem.IdLength),
                Vocabulary = t.Column<string>(maxLength: Vocabularies.IdLength),
                Term = t.Column<string>(maxLength: Term.SlugLength),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                Latest = t.Column<bool>(),
                Published = t.Column<bool>(),
            },
            constraints: t => t.PrimaryKey("PK_CatalogTermIndex", x => new { x.VersionId, x.Vocabulary, x.Term }));
        builder.CreateIndex("IX_CatalogTermIndex_Vocabulary_Term_Published", CatalogTermIndex.TableName, ["Vocabulary", "Term", "Published"]);
    }
}
