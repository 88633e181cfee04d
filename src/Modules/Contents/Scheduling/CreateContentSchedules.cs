using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Content;
using Portal.Core.Migrations;

namespace Portal.Contents.Scheduling;

internal sealed class CreateContentSchedules : MigrationStep
{
    public override string Id => "Contents.0002.CreateContentSchedules";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: ContentSchedule.TableName,
            columns: t => new
            {
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                PublishUtc = t.Column<DateTime>(nullable: true),
                UnpublishUtc = t.Column<DateTime>(nullable: true),
                ScheduledBy = t.Column<string>(maxLength: 256),
                LastError = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_ContentSchedules", x => x.ItemId));
        builder.CreateIndex("IX_ContentSchedules_PublishUtc", ContentSchedule.TableName, "PublishUtc");
        builder.CreateIndex("IX_ContentSchedules_UnpublishUtc", ContentSchedule.TableName, "UnpublishUtc");
    }
}
