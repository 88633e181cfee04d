using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Content;
using Portal.Core.Migrations;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Deliveries;

internal sealed class CreateSyndicationTables : MigrationStep
{
    private const int EnumLength = SyndicationModel.EnumLength;

    public override string Id => "Syndication.0001.CreateSyndicationTables";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: Channel.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Network = t.Column<string>(maxLength: EnumLength),
                Name = t.Column<string>(maxLength: Channel.NameLength),
                ApiBaseUrl = t.Column<string>(maxLength: Channel.UrlLength),
                Account = t.Column<string>(maxLength: Channel.AccountLength),
                ProtectedCredentials = t.Column<string>(),
                TokenExpiresUtc = t.Column<DateTime>(nullable: true),
                State = t.Column<string>(maxLength: EnumLength),
                MaxCharacters = t.Column<int>(nullable: true),
                LastSuccessUtc = t.Column<DateTime>(nullable: true),
                LastErrorUtc = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: Channel.ErrorLength, nullable: true),
                RateRemaining = t.Column<int>(nullable: true),
                RateResetUtc = t.Column<DateTime>(nullable: true),
                CreatedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationChannels", x => x.Id));

        builder.CreateTable(
            name: ChannelTemplate.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ChannelId = t.Column<int>(),
                ContentType = t.Column<string>(maxLength: ChannelTemplate.ContentTypeLength),
                Template = t.Column<string>(maxLength: ChannelTemplate.TemplateLength),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationTemplates", x => x.Id));
        builder.CreateIndex("IX_SyndicationTemplates_ChannelId_ContentType", ChannelTemplate.TableName, ["ChannelId", "ContentType"], unique: true);

        builder.CreateTable(
            name: Delivery.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                VersionId = t.Column<string>(maxLength: ContentItem.IdLength),
                ContentType = t.Column<string>(maxLength: ChannelTemplate.ContentTypeLength),
                ChannelId = t.Column<int>(),
                Kind = t.Column<string>(maxLength: EnumLength),
                Text = t.Column<string>(),
                Link = t.Column<string>(maxLength: Delivery.UrlLength),
                TargetUrl = t.Column<string>(maxLength: Delivery.UrlLength),
                IdempotencyKey = t.Column<string>(maxLength: Delivery.KeyLength),
                TrackingCode = t.Column<string>(maxLength: Delivery.TrackingCodeLength),
                State = t.Column<string>(maxLength: EnumLength),
                NotBeforeUtc = t.Column<DateTime>(),
                LeaseHolder = t.Column<string>(maxLength: Delivery.HolderLength, nullable: true),
                LeaseUntilUtc = t.Column<DateTime>(nullable: true),
                Attempts = t.Column<int>(),
                CreatedUtc = t.Column<DateTime>(),
                SentUtc = t.Column<DateTime>(nullable: true),
                RemoteId = t.Column<string>(maxLength: Delivery.KeyLength * 2, nullable: true),
                RemoteUrl = t.Column<string>(maxLength: Delivery.UrlLength, nullable: true),
                LastError = t.Column<string>(maxLength: Delivery.ErrorLength, nullable: true),
                LastErrorKind = t.Column<string>(maxLength: EnumLength, nullable: true),
                Clicks = t.Column<int>(),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationDeliveries", x => x.Id));
        builder.CreateIndex("IX_SyndicationDeliveries_ItemId_VersionId_ChannelId_Kind", Delivery.TableName, ["ItemId", "VersionId", "ChannelId", "Kind"], unique: true);
        builder.CreateIndex("IX_SyndicationDeliveries_TrackingCode", Delivery.TableName, "TrackingCode", unique: true);
        builder.CreateIndex("IX_SyndicationDeliveries_State_NotBeforeUtc", Delivery.TableName, ["State", "NotBeforeUtc"]);

        builder.CreateTable(
            name: DeliveryAttempt.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                DeliveryId = t.Column<long>(),
                StartedUtc = t.Column<DateTime>(),
                Endpoint = t.Column<string>(maxLength: DeliveryAttempt.EndpointLength),
                HttpStatus = t.Column<int>(nullable: true),
                Body = t.Column<string>(maxLength: DeliveryAttempt.BodyLength, nullable: true),
                LatencyMs = t.Column<long>(),
                Outcome = t.Column<string>(maxLength: EnumLength, nullable: true),
                BudgetRemaining = t.Column<int>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationAttempts", x => x.Id));
        builder.CreateIndex("IX_SyndicationAttempts_DeliveryId", DeliveryAttempt.TableName, "DeliveryId");

        builder.CreateTable(
            name: SyndicationChoice.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                ChannelId = t.Column<int>(),
                Enabled = t.Column<bool>(),
                CustomText = t.Column<string>(maxLength: ChannelTemplate.TemplateLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationChoices", x => x.Id));
        builder.CreateIndex("IX_SyndicationChoices_ItemId_ChannelId", SyndicationChoice.TableName, ["ItemId", "ChannelId"], unique: true);
    }
}
