using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Content;
using Portal.Core.Migrations;
using Portal.Inbox.Categories;
using Portal.Inbox.People;
using Portal.Inbox.Units;

namespace Portal.Inbox.Requests;

/// <summary>Requests with their messages and log, reference counters, people and their handles, units and categories.</summary>
internal sealed class CreateInbox : MigrationStep
{
    private const int EnumLength = InboxModel.EnumLength;

    public override string Id => "Inbox.0001.CreateInbox";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: Request.TableName,
            columns: t => new
            {
                Id = LongKey(t),
                Reference = t.Column<string>(maxLength: Request.ReferenceLength),
                Year = t.Column<int>(),
                Number = t.Column<int>(),
                PersonId = t.Column<long>(nullable: true),
                UnitId = t.Column<int>(nullable: true),
                OwnerId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
                CategoryId = t.Column<int>(nullable: true),
                State = t.Column<string>(maxLength: EnumLength),
                StateReason = t.Column<string>(maxLength: Request.ReasonLength, nullable: true),
                Channel = t.Column<string>(maxLength: EnumLength),
                Subject = t.Column<string>(maxLength: Request.SubjectLength),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength, nullable: true),
                DuplicateOfId = t.Column<long>(nullable: true),
                PublicToken = t.Column<string>(maxLength: Request.TokenLength),
                PublicAnswer = t.Column<string>(maxLength: Request.AnswerLength, nullable: true),
                PersonalData = t.Column<bool>(),
                CreatedUtc = t.Column<DateTime>(),
                UpdatedUtc = t.Column<DateTime>(),
                LastInboundUtc = t.Column<DateTime>(),
                LastOutboundUtc = t.Column<DateTime>(nullable: true),
                AwaitingStaff = t.Column<bool>(),
                AcknowledgedUtc = t.Column<DateTime>(nullable: true),
                FirstResponseDueUtc = t.Column<DateTime>(nullable: true),
                ResolutionDueUtc = t.Column<DateTime>(nullable: true),
                ClosedUtc = t.Column<DateTime>(nullable: true),
                Cycle = t.Column<int>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxRequests", x => x.Id));
        builder.CreateIndex("IX_InboxRequests_Reference", Request.TableName, "Reference", unique: true);
        builder.CreateIndex("IX_InboxRequests_PublicToken", Request.TableName, "PublicToken", unique: true);
        builder.CreateIndex("IX_InboxRequests_UnitId_UpdatedUtc", Request.TableName, ["UnitId", "UpdatedUtc"]);
        builder.CreateIndex("IX_InboxRequests_OwnerId_UpdatedUtc", Request.TableName, ["OwnerId", "UpdatedUtc"]);
        builder.CreateIndex("IX_InboxRequests_State_UpdatedUtc", Request.TableName, ["State", "UpdatedUtc"]);
        builder.CreateIndex("IX_InboxRequests_UpdatedUtc", Request.TableName, "UpdatedUtc");
        builder.CreateIndex("IX_InboxRequests_PersonId", Request.TableName, "PersonId");
        builder.CreateIndex("IX_InboxRequests_CreatedUtc", Request.TableName, "CreatedUtc");

        builder.CreateTable(
            name: RequestMessage.TableName,
            columns: t => new
            {
                Id = LongKey(t),
                RequestId = t.Column<long>(),
                Direction = t.Column<string>(maxLength: EnumLength),
                Purpose = t.Column<string>(maxLength: EnumLength),
                Channel = t.Column<string>(maxLength: EnumLength),
                ChannelId = t.Column<int>(nullable: true),
                InteractionId = t.Column<long>(nullable: true),
                DeliveryId = t.Column<long>(nullable: true),
                ExternalId = t.Column<string>(maxLength: RequestMessage.ExternalIdLength, nullable: true),
                AuthorUserId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
                AuthorName = t.Column<string>(maxLength: RequestMessage.NameLength),
                Text = t.Column<string>(maxLength: RequestMessage.TextLength),
                PersonalData = t.Column<bool>(),
                Redacted = t.Column<bool>(),
                Delivery = t.Column<string>(maxLength: EnumLength),
                DeliveryError = t.Column<string>(maxLength: RequestMessage.ErrorLength, nullable: true),
                CreatedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxMessages", x => x.Id));
        builder.CreateIndex("IX_InboxMessages_RequestId_CreatedUtc", RequestMessage.TableName, ["RequestId", "CreatedUtc"]);
        builder.CreateIndex("IX_InboxMessages_InteractionId", RequestMessage.TableName, "InteractionId", unique: true);
        builder.CreateIndex("IX_InboxMessages_DeliveryId", RequestMessage.TableName, "DeliveryId");
        builder.CreateIndex("IX_InboxMessages_Channel_ExternalId", RequestMessage.TableName, ["Channel", "ExternalId"], unique: true);

        builder.CreateTable(
            name: RequestEvent.TableName,
            columns: t => new
            {
                Id = LongKey(t),
                RequestId = t.Column<long>(nullable: true),
                PersonId = t.Column<long>(nullable: true),
                MessageId = t.Column<long>(nullable: true),
                Kind = t.Column<string>(maxLength: EnumLength),
                UserId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
                FromState = t.Column<string>(maxLength: EnumLength, nullable: true),
                ToState = t.Column<string>(maxLength: EnumLength, nullable: true),
                Detail = t.Column<string>(maxLength: RequestEvent.DetailLength, nullable: true),
                AtUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxEvents", x => x.Id));
        builder.CreateIndex("IX_InboxEvents_RequestId_Id", RequestEvent.TableName, ["RequestId", "Id"]);
        builder.CreateIndex("IX_InboxEvents_PersonId_Id", RequestEvent.TableName, ["PersonId", "Id"]);
        builder.CreateIndex("IX_InboxEvents_Kind_AtUtc", RequestEvent.TableName, ["Kind", "AtUtc"]);

        builder.CreateTable(
            name: ReferenceCounter.TableName,
            columns: t => new
            {
                Prefix = t.Column<string>(maxLength: ReferenceCounter.PrefixLength),
                Year = t.Column<int>(),
                Last = t.Column<int>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxReferenceCounters", x => new { x.Prefix, x.Year }));

        builder.CreateTable(
            name: Person.TableName,
            columns: t => new
            {
                Id = LongKey(t),
                DisplayName = t.Column<string>(maxLength: Person.NameLength),
                MergedIntoId = t.Column<long>(nullable: true),
                CreatedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxPeople", x => x.Id));
        builder.CreateIndex("IX_InboxPeople_MergedIntoId", Person.TableName, "MergedIntoId");

        builder.CreateTable(
            name: PersonHandle.TableName,
            columns: t => new
            {
                Id = LongKey(t),
                PersonId = t.Column<long>(),
                Kind = t.Column<string>(maxLength: EnumLength),
                Network = t.Column<string>(maxLength: PersonHandle.NetworkLength),
                Value = t.Column<string>(maxLength: PersonHandle.ValueLength),
                Display = t.Column<string>(maxLength: PersonHandle.ValueLength),
                Verified = t.Column<bool>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxPersonHandles", x => x.Id));
        builder.CreateIndex("IX_InboxPersonHandles_Kind_Network_Value", PersonHandle.TableName, ["Kind", "Network", "Value"], unique: true);
        builder.CreateIndex("IX_InboxPersonHandles_PersonId", PersonHandle.TableName, "PersonId");

        builder.CreateTable(
            name: Unit.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = t.Column<string>(maxLength: Unit.NameLength),
            },
            constraints: t => t.PrimaryKey("PK_InboxUnits", x => x.Id));
        builder.CreateIndex("IX_InboxUnits_Name", Unit.TableName, "Name", unique: true);

        builder.CreateTable(
            name: UnitMember.TableName,
            columns: t => new
            {
                UnitId = t.Column<int>(),
                UserId = t.Column<string>(maxLength: Request.UserIdLength),
                Lead = t.Column<bool>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxUnitMembers", x => new { x.UnitId, x.UserId }));
        builder.CreateIndex("IX_InboxUnitMembers_UserId", UnitMember.TableName, "UserId");

        builder.CreateTable(
            name: Category.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = t.Column<string>(maxLength: Category.NameLength),
                UnitId = t.Column<int>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_InboxCategories", x => x.Id));
        builder.CreateIndex("IX_InboxCategories_Name", Category.TableName, "Name", unique: true);
    }

    private static OperationBuilder<AddColumnOperation> LongKey(ColumnsBuilder t) =>
        t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
