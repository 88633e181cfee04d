using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;

namespace Portal.Syndication.Channels;

/// <summary>G9: what renewing credentials needs on a channel (see <see cref="Channel"/>).</summary>
internal sealed class AddCredentialRenewalColumns : MigrationStep
{
    public override string Id => "Syndication.0003.AddCredentialRenewalColumns";

    public override void Schema(MigrationBuilder builder)
    {
        builder.AddColumn<DateTime>(nameof(Channel.RefreshExpiresUtc), Channel.TableName, nullable: true);
        builder.AddColumn<int>(nameof(Channel.CredentialsVersion), Channel.TableName, nullable: false, defaultValue: 0);
        builder.AddColumn<DateTime>(nameof(Channel.RenewingUntilUtc), Channel.TableName, nullable: true);
    }
}
