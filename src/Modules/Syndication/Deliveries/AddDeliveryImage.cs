using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Content;
using Portal.Core.Migrations;

namespace Portal.Syndication.Deliveries;

/// <summary>Messages carry the item's image: the asset and its alt text, fixed when the delivery is queued.</summary>
internal sealed class AddDeliveryImage : MigrationStep
{
    public override string Id => "Syndication.0002.AddDeliveryImage";

    public override void Schema(MigrationBuilder builder)
    {
        builder.AddColumn<string>(name: nameof(Delivery.ImageAssetId), table: Delivery.TableName, maxLength: ContentItem.IdLength, nullable: true);
        builder.AddColumn<string>(name: nameof(Delivery.ImageAlt), table: Delivery.TableName, maxLength: Delivery.AltLength, nullable: true);
    }
}
