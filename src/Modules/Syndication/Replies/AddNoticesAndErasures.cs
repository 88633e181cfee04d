using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>
/// Receipts and survey invitations posted under a reaction are told apart from answers, and a reaction whose
/// author's data was erased stays erased.
/// </summary>
internal sealed class AddNoticesAndErasures : MigrationStep
{
    public override string Id => "Syndication.0007.AddNoticesAndErasures";

    public override void Schema(MigrationBuilder builder)
    {
        builder.AddColumn<bool>(name: nameof(Delivery.Notice), table: Delivery.TableName, nullable: false, defaultValue: false);
        builder.AddColumn<bool>(name: nameof(Interaction.Notice), table: Interaction.TableName, nullable: false, defaultValue: false);
        builder.AddColumn<bool>(name: nameof(Interaction.Erased), table: Interaction.TableName, nullable: false, defaultValue: false);
    }
}
