using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Content;
using Portal.Core.Migrations;
using Portal.Media.Assets;

namespace Portal.Media.Picker;

internal sealed class CreateContentMediaIndex : MigrationStep
{
    public override string Id => "Media.0002.CreateContentMediaIndex";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: ContentMediaIndex.TableName,
            columns: t => new
            {
                VersionId = t.Column<string>(maxLength: ContentItem.IdLength),
                AssetId = t.Column<string>(maxLength: MediaAsset.IdLength),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                Latest = t.Column<bool>(),
                Published = t.Column<bool>(),
            },
            constraints: t => t.PrimaryKey("PK_ContentMediaIndex", x => new { x.VersionId, x.AssetId }));
        builder.CreateIndex("IX_ContentMediaIndex_AssetId", ContentMediaIndex.TableName, "AssetId");
    }
}
