using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>Receipts and survey invitations posted under a reaction are told apart from answers.</summary>
internal sealed class AddNotices : MigrationStep
{
    public override string Id => "Syndication.0007.AddNotices";

    public override void Schema(MigrationBuilder builder)
    {
        builder.AddColumn<bool>(name: nameof(Delivery.Notice), table: Delivery.TableName, nullable: false, defaultValue: false);
        builder.AddColumn<bool>(name: nameof(Interaction.Notice), table: Interaction.TableName, nullable: false, defaultValue: false);
    }
}
