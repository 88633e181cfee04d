using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Contents.Routing;
using Portal.Core.Content;
using Portal.Core.Migrations;

namespace Portal.Contents.PageType;

internal sealed class CreatePageIndex : MigrationStep
{
    public override string Id => "Contents.0001.CreatePageIndex";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: PageIndex.TableName,
            columns: t => new
            {
                VersionId = t.Column<string>(maxLength: ContentItem.IdLength),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                Latest = t.Column<bool>(),
                Published = t.Column<bool>(),
                Slug = t.Column<string>(maxLength: Slugs.MaxLength),
            },
            constraints: t => t.PrimaryKey("PK_PageIndex", x => x.VersionId));
        builder.CreateIndex("IX_PageIndex_Slug_Published", PageIndex.TableName, ["Slug", "Published"]);
        builder.CreateIndex("IX_PageIndex_ItemId", PageIndex.TableName, "ItemId");
    }
}
