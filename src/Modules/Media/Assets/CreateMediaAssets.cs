using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;

namespace Portal.Media.Assets;

internal sealed class CreateMediaAssets : MigrationStep
{
    public override string Id => "Media.0001.CreateMediaAssets";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: MediaAsset.TableName,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: MediaAsset.IdLength),
                FileName = t.Column<string>(maxLength: MediaAsset.FileNameLength),
                Kind = t.Column<string>(maxLength: 16),
                ContentType = t.Column<string>(maxLength: 64),
                StorageKey = t.Column<string>(maxLength: MediaAsset.StorageKeyLength),
                Length = t.Column<long>(),
                Width = t.Column<int>(nullable: true),
                Height = t.Column<int>(nullable: true),
                Hash = t.Column<string>(maxLength: MediaAsset.HashLength),
                Credit = t.Column<string>(maxLength: MediaAsset.TextLength, nullable: true),
                Licence = t.Column<string>(maxLength: MediaAsset.TextLength, nullable: true),
                AltText = t.Column<string>(maxLength: MediaAsset.TextLength, nullable: true),
                UploadedBy = t.Column<string>(maxLength: 256),
                CreatedUtc = t.Column<DateTime>(),
                ModifiedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_MediaAssets", x => x.Id));
        builder.CreateIndex("IX_MediaAssets_FileName", MediaAsset.TableName, "FileName");
        builder.CreateIndex("IX_MediaAssets_Kind", MediaAsset.TableName, "Kind");
        builder.CreateIndex("IX_MediaAssets_CreatedUtc", MediaAsset.TableName, "CreatedUtc");

        builder.CreateTable(
            name: MediaTag.TableName,
            columns: t => new
            {
                AssetId = t.Column<string>(maxLength: MediaAsset.IdLength),
                Name = t.Column<string>(maxLength: MediaTag.Length),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_MediaTags", x => new { x.AssetId, x.Name });
                t.ForeignKey("FK_MediaTags_MediaAssets_AssetId", x => x.AssetId, MediaAsset.TableName, "Id", onDelete: ReferentialAction.Cascade);
            });
        builder.CreateIndex("IX_MediaTags_Name", MediaTag.TableName, "Name");
    }
}
