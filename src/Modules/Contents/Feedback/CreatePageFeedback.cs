using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Content;
using Portal.Core.Migrations;

namespace Portal.Contents.Feedback;

internal sealed class CreatePageFeedback : MigrationStep
{
    public override string Id => "Contents.0004.CreatePageFeedback";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: PageFeedback.TableName,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: PageFeedback.IdLength),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                VersionId = t.Column<string>(maxLength: ContentItem.IdLength),
                Useful = t.Column<bool>(),
                Doing = t.Column<string>(maxLength: PageFeedback.CommentLength, nullable: true),
                WentWrong = t.Column<string>(maxLength: PageFeedback.CommentLength, nullable: true),
                Day = t.Column<DateOnly>(),
            },
            constraints: t => t.PrimaryKey("PK_PageFeedback", x => x.Id));
        builder.CreateIndex("IX_PageFeedback_ItemId", PageFeedback.TableName, "ItemId");
    }
}
