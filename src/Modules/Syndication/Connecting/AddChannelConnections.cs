using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Migrations;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Connecting;

/// <summary>"Conectar con …": authorizations under way and the apps registered on Mastodon instances.</summary>
internal sealed class AddChannelConnections : MigrationStep
{
    public override string Id => "Syndication.0005.AddChannelConnections";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: PendingConnection.TableName,
            columns: t => new
            {
                Nonce = t.Column<string>(maxLength: PendingConnection.NonceLength),
                ChannelId = t.Column<int>(),
                UserId = t.Column<string>(maxLength: PendingConnection.UserIdLength),
                ProtectedRequest = t.Column<string>(),
                ExpiresUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationPendingConnections", x => x.Nonce));

        builder.CreateTable(
            name: MastodonApp.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Instance = t.Column<string>(maxLength: Channel.UrlLength),
                RedirectUri = t.Column<string>(maxLength: Channel.UrlLength),
                ProtectedClient = t.Column<string>(),
                CreatedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_SyndicationMastodonApps", x => x.Id));
        builder.CreateIndex("IX_SyndicationMastodonApps_Instance_RedirectUri", MastodonApp.TableName, ["Instance", "RedirectUri"]);
    }
}
