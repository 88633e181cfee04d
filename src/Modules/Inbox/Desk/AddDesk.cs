using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Content;
using Portal.Core.Migrations;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Requests;
using Portal.Inbox.Routing;

namespace Portal.Inbox.Desk;

/// <summary>What staff work with around the requests: mentions in notes, routing rules and canned answers.</summary>
internal sealed class AddDesk : MigrationStep
{
    public override string Id => "Inbox.0004.AddDesk";

    public override void Schema(MigrationBuilder builder)
    {
        // The unread count of the admin shell counts these on every admin page.
        builder.CreateIndex("IX_InboxRequests_AwaitingStaff_UnitId", Request.TableName, ["AwaitingStaff", "UnitId"]);

        builder.CreateTable(
            name: RequestMention.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RequestId = t.Column<long>(),
                EventId = t.Column<long>(),
                UserId = t.Column<string>(maxLength: Request.UserIdLength),
                AtUtc = t.Column<DateTime>(),
                Seen = t.Column<bool>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxMentions", x => x.Id));
        builder.CreateIndex("IX_InboxMentions_UserId_Seen_AtUtc", RequestMention.TableName, ["UserId", "Seen", "AtUtc"]);
        builder.CreateIndex("IX_InboxMentions_RequestId", RequestMention.TableName, "RequestId");

        builder.CreateTable(
            name: RoutingRule.TableName,
            columns: t => new
            {
                Id = IntKey(t),
                Name = t.Column<string>(maxLength: RoutingRule.NameLength),
                Position = t.Column<int>(),
                Channel = t.Column<string>(maxLength: InboxModel.EnumLength, nullable: true),
                CategoryId = t.Column<int>(nullable: true),
                Keyword = t.Column<string>(maxLength: RoutingRule.KeywordLength, nullable: true),
                Topic = t.Column<string>(maxLength: RoutingRule.TopicLength, nullable: true),
                UnitId = t.Column<int>(),
                SetCategoryId = t.Column<int>(nullable: true),
                OwnerId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_InboxRoutingRules", x => x.Id));
        builder.CreateIndex("IX_InboxRoutingRules_Position", RoutingRule.TableName, "Position");

        builder.CreateTable(
            name: CannedAnswer.TableName,
            columns: t => new
            {
                Id = IntKey(t),
                Title = t.Column<string>(maxLength: CannedAnswer.TitleLength),
                Text = t.Column<string>(maxLength: CannedAnswer.TextLength),
                GuideItemId = t.Column<string>(maxLength: ContentItem.IdLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_InboxCannedAnswers", x => x.Id));
        builder.CreateIndex("IX_InboxCannedAnswers_Title", CannedAnswer.TableName, "Title", unique: true);

        builder.CreateTable(
            name: CannedAnswerCategory.TableName,
            columns: t => new
            {
                CannedAnswerId = t.Column<int>(),
                CategoryId = t.Column<int>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxCannedAnswerCategories", x => new { x.CannedAnswerId, x.CategoryId }));
        builder.CreateIndex("IX_InboxCannedAnswerCategories_CategoryId", CannedAnswerCategory.TableName, "CategoryId");
    }

    private static OperationBuilder<AddColumnOperation> IntKey(ColumnsBuilder t) =>
        t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
