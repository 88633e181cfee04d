using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Content;
using Portal.Core.Migrations;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>
/// The inbound half: reactions, watched posts, raw webhook events and blocks; answers as deliveries; each channel's
/// mention cursor and read budget. Posts already sent are watched from now on.
/// </summary>
internal sealed class AddReplies : MigrationStep
{
    private const int EnumLength = SyndicationModel.EnumLength;

    public override string Id => "Syndication.0006.AddReplies";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: Interaction.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Network = t.Column<string>(maxLength: EnumLength),
                ChannelId = t.Column<int>(),
                RemoteId = t.Column<string>(maxLength: Interaction.RemoteIdLength),
                RemoteVersion = t.Column<string>(maxLength: Interaction.RemoteIdLength, nullable: true),
                Kind = t.Column<string>(maxLength: EnumLength),
                ParentRemoteId = t.Column<string>(maxLength: Interaction.RemoteIdLength, nullable: true),
                WatchedPostId = t.Column<long>(nullable: true),
                DeliveryId = t.Column<long>(nullable: true),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength, nullable: true),
                AuthorId = t.Column<string>(maxLength: Interaction.HandleLength),
                AuthorHandle = t.Column<string>(maxLength: Interaction.HandleLength),
                AuthorName = t.Column<string>(maxLength: Interaction.NameLength, nullable: true),
                AuthorUrl = t.Column<string>(maxLength: Interaction.UrlLength, nullable: true),
                Text = t.Column<string>(maxLength: Interaction.TextLength),
                Html = t.Column<string>(),
                Url = t.Column<string>(maxLength: Interaction.UrlLength, nullable: true),
                Mine = t.Column<bool>(),
                CreatedUtc = t.Column<DateTime>(),
                EditedUtc = t.Column<DateTime>(nullable: true),
                ImportedUtc = t.Column<DateTime>(),
                State = t.Column<string>(maxLength: EnumLength),
                RequestId = t.Column<long>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationInteractions", x => x.Id));
        builder.CreateIndex("IX_SyndicationInteractions_ChannelId_RemoteId", Interaction.TableName, ["ChannelId", "RemoteId"], unique: true);
        builder.CreateIndex("IX_SyndicationInteractions_WatchedPostId", Interaction.TableName, "WatchedPostId");
        builder.CreateIndex("IX_SyndicationInteractions_ItemId", Interaction.TableName, "ItemId");
        builder.CreateIndex("IX_SyndicationInteractions_State_ImportedUtc", Interaction.TableName, ["State", "ImportedUtc"]);

        builder.CreateTable(
            name: WatchedPost.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                DeliveryId = t.Column<long>(),
                ChannelId = t.Column<int>(),
                Network = t.Column<string>(maxLength: EnumLength),
                RemoteId = t.Column<string>(maxLength: Interaction.RemoteIdLength),
                ThreadRemoteId = t.Column<string>(maxLength: Interaction.RemoteIdLength, nullable: true),
                ItemId = t.Column<string>(maxLength: ContentItem.IdLength),
                PostedUtc = t.Column<DateTime>(),
                NextPollUtc = t.Column<DateTime>(nullable: true),
                LastPolledUtc = t.Column<DateTime>(nullable: true),
                Cursor = t.Column<string>(maxLength: WatchedPost.CursorLength, nullable: true),
                LeaseHolder = t.Column<string>(maxLength: Delivery.HolderLength, nullable: true),
                LeaseUntilUtc = t.Column<DateTime>(nullable: true),
                Likes = t.Column<int>(),
                Reposts = t.Column<int>(),
                Replies = t.Column<int>(),
                Quotes = t.Column<int>(),
                CountsUtc = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: Delivery.ErrorLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationWatchedPosts", x => x.Id));
        builder.CreateIndex("IX_SyndicationWatchedPosts_DeliveryId", WatchedPost.TableName, "DeliveryId", unique: true);
        builder.CreateIndex("IX_SyndicationWatchedPosts_ChannelId_RemoteId", WatchedPost.TableName, ["ChannelId", "RemoteId"]);
        builder.CreateIndex("IX_SyndicationWatchedPosts_NextPollUtc", WatchedPost.TableName, "NextPollUtc");

        builder.CreateTable(
            name: InboundEvent.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Network = t.Column<string>(maxLength: EnumLength),
                ChannelId = t.Column<int>(),
                EventId = t.Column<string>(maxLength: InboundEvent.EventIdLength),
                Payload = t.Column<string>(),
                ReceivedUtc = t.Column<DateTime>(),
                State = t.Column<string>(maxLength: EnumLength),
                Attempts = t.Column<int>(),
                ProcessedUtc = t.Column<DateTime>(nullable: true),
                LeaseHolder = t.Column<string>(maxLength: Delivery.HolderLength, nullable: true),
                LeaseUntilUtc = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: InboundEvent.ErrorLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationInboundEvents", x => x.Id));
        builder.CreateIndex("IX_SyndicationInboundEvents_Network_EventId", InboundEvent.TableName, ["Network", "EventId"], unique: true);
        builder.CreateIndex("IX_SyndicationInboundEvents_State", InboundEvent.TableName, "State");

        builder.CreateTable(
            name: BlockedSender.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Network = t.Column<string>(maxLength: EnumLength),
                Scope = t.Column<string>(maxLength: EnumLength),
                Value = t.Column<string>(maxLength: BlockedSender.ValueLength),
                BlockedBy = t.Column<string>(maxLength: BlockedSender.ValueLength),
                CreatedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationBlockedSenders", x => x.Id));
        builder.CreateIndex("IX_SyndicationBlockedSenders_Network_Scope_Value", BlockedSender.TableName, ["Network", "Scope", "Value"], unique: true);

        builder.AddColumn<long>(name: "InteractionId", table: Delivery.TableName, nullable: true);
        builder.AddColumn<string>(name: "ReplyToRemoteId", table: Delivery.TableName, maxLength: Interaction.RemoteIdLength, nullable: true);
        builder.AddColumn<string>(name: "ReplyToVersion", table: Delivery.TableName, maxLength: Interaction.RemoteIdLength, nullable: true);
        builder.AddColumn<string>(name: "ReplyRootRemoteId", table: Delivery.TableName, maxLength: Interaction.RemoteIdLength, nullable: true);
        builder.AddColumn<string>(name: "ReplyRootVersion", table: Delivery.TableName, maxLength: Interaction.RemoteIdLength, nullable: true);

        builder.AddColumn<string>(name: "MentionsCursor", table: Channel.TableName, maxLength: WatchedPost.CursorLength, nullable: true);
        builder.AddColumn<DateTime>(name: "NextMentionsUtc", table: Channel.TableName, nullable: true);
        builder.AddColumn<string>(name: "MentionsLeaseHolder", table: Channel.TableName, maxLength: Delivery.HolderLength, nullable: true);
        builder.AddColumn<DateTime>(name: "MentionsLeaseUntilUtc", table: Channel.TableName, nullable: true);
        builder.AddColumn<int>(name: "ReadRemaining", table: Channel.TableName, nullable: true);
        builder.AddColumn<DateTime>(name: "ReadResetUtc", table: Channel.TableName, nullable: true);

        // Posts already out are read from now on; the schedule stops those older than its last stage at their first read.
        builder.Sql($"""
            INSERT INTO "{WatchedPost.TableName}" ("DeliveryId", "ChannelId", "Network", "RemoteId", "ItemId", "PostedUtc", "NextPollUtc", "Likes", "Reposts", "Replies", "Quotes")
            SELECT d."Id", d."ChannelId", c."Network", d."RemoteId", d."ItemId", d."SentUtc", d."SentUtc", 0, 0, 0, 0
            FROM "{Delivery.TableName}" d JOIN "{Channel.TableName}" c ON c."Id" = d."ChannelId"
            WHERE d."Kind" = 'Post' AND d."State" = 'Sent' AND d."RemoteId" IS NOT NULL AND d."SentUtc" IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "{Delivery.TableName}" x
                              WHERE x."ChannelId" = d."ChannelId" AND x."RemoteId" = d."RemoteId" AND x."Kind" = 'Delete' AND x."State" = 'Sent')
            """);
    }
}
