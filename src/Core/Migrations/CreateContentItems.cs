using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Core.Migrations;

internal sealed class CreateContentItems : MigrationStep
{
    public override string Id => "Core.0001.CreateContentItems";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: "ContentItems",
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ItemId = t.Column<string>(maxLength: 26),
                VersionId = t.Column<string>(maxLength: 26),
                ContentType = t.Column<string>(maxLength: 64),
                Latest = t.Column<bool>(),
                Published = t.Column<bool>(),
                CreatedUtc = t.Column<DateTime>(),
                ModifiedUtc = t.Column<DateTime>(),
                PublishedUtc = t.Column<DateTime>(nullable: true),
                Owner = t.Column<string>(maxLength: 256),
                Author = t.Column<string>(maxLength: 256),
                DisplayText = t.Column<string>(),
                ConcurrencyStamp = t.Column<string>(maxLength: 36),
                Data = t.Column<string>(),
            },
            constraints: t => t.PrimaryKey("PK_ContentItems", x => x.Id));
        builder.CreateIndex("IX_ContentItems_VersionId", "ContentItems", "VersionId", unique: true);
        // The invariant of the store: at most one latest and one published version per item, whatever races.
        builder.CreateIndex("IX_ContentItems_ItemId_Latest", "ContentItems", "ItemId", unique: true, filter: "\"Latest\"");
        builder.CreateIndex("IX_ContentItems_ItemId_Published", "ContentItems", "ItemId", unique: true, filter: "\"Published\"");
        builder.CreateIndex("IX_ContentItems_ContentType_Latest_Published_ModifiedUtc", "ContentItems", ["ContentType", "Latest", "Published", "ModifiedUtc"]);
    }
}
