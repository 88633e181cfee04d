using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Migrations;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Surveys;

internal sealed class AddSurveys : MigrationStep
{
    public override string Id => "Inbox.0005.AddSurveys";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: Survey.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RequestId = t.Column<long>(),
                Cycle = t.Column<int>(),
                Token = t.Column<string>(maxLength: Request.TokenLength),
                SentUtc = t.Column<DateTime>(),
                RemindedUtc = t.Column<DateTime>(nullable: true),
                AnsweredUtc = t.Column<DateTime>(nullable: true),
                Score = t.Column<int>(nullable: true),
                Solved = t.Column<bool>(nullable: true),
                Comment = t.Column<string>(maxLength: Survey.CommentLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_InboxSurveys", x => x.Id));
        builder.CreateIndex("IX_InboxSurveys_RequestId_Cycle", Survey.TableName, ["RequestId", "Cycle"], unique: true);
        builder.CreateIndex("IX_InboxSurveys_Token", Survey.TableName, "Token", unique: true);
        builder.CreateIndex("IX_InboxSurveys_SentUtc", Survey.TableName, "SentUtc");
    }
}
