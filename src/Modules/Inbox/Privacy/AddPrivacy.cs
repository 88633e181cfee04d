using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Migrations;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Privacy;

/// <summary>Personal-data flags, encrypted originals of redacted messages, retention rules, legal holds and the retention log.</summary>
internal sealed class AddPrivacy : MigrationStep
{
    public override string Id => "Inbox.0003.AddPrivacy";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: PersonalDataFlag.TableName,
            columns: t => new
            {
                MessageId = t.Column<long>(),
                RequestId = t.Column<long>(),
                Kinds = t.Column<string>(maxLength: PersonalDataFlag.KindsLength),
            },
            constraints: t => t.PrimaryKey("PK_InboxPersonalDataFlags", x => x.MessageId));
        builder.CreateIndex("IX_InboxPersonalDataFlags_RequestId", PersonalDataFlag.TableName, "RequestId");

        builder.CreateTable(
            name: MessageOriginal.TableName,
            columns: t => new
            {
                MessageId = t.Column<long>(),
                RequestId = t.Column<long>(),
                Protected = t.Column<string>(),
                UserId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
                RedactedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxMessageOriginals", x => x.MessageId));
        builder.CreateIndex("IX_InboxMessageOriginals_RequestId", MessageOriginal.TableName, "RequestId");

        builder.CreateTable(
            name: RetentionRule.TableName,
            columns: t => new
            {
                CategoryId = t.Column<int>(),
                Action = t.Column<string>(maxLength: InboxModel.EnumLength),
                Months = t.Column<int>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxRetentionRules", x => x.CategoryId));

        builder.CreateTable(
            name: LegalHold.TableName,
            columns: t => new
            {
                RequestId = t.Column<long>(),
                Reason = t.Column<string>(maxLength: LegalHold.ReasonLength),
                UserId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
                SinceUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxLegalHolds", x => x.RequestId));

        builder.CreateTable(
            name: RetentionLogEntry.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RunUtc = t.Column<DateTime>(),
                UserId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
                Reference = t.Column<string>(maxLength: Request.ReferenceLength),
                CategoryId = t.Column<int>(nullable: true),
                Action = t.Column<string>(maxLength: InboxModel.EnumLength),
                AtUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxRetentionLog", x => x.Id));
        builder.CreateIndex("IX_InboxRetentionLog_RunUtc", RetentionLogEntry.TableName, "RunUtc");
    }
}
