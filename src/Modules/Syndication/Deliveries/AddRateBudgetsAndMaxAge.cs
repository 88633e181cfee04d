using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;
using Portal.Syndication.Channels;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Deliveries;

/// <summary>The channel's spacing and Meta usage, the usage seen by each attempt, and the time "Reintentar" queued a delivery again.</summary>
internal sealed class AddRateBudgetsAndMaxAge : MigrationStep
{
    public override string Id => "Syndication.0004.AddRateBudgetsAndMaxAge";

    public override void Schema(MigrationBuilder builder)
    {
        builder.AddColumn<DateTime>(name: "NextCallUtc", table: Channel.TableName, nullable: true);
        builder.AddColumn<int>(name: "UsagePercent", table: Channel.TableName, nullable: true);
        builder.AddColumn<string>(name: "UsageFigure", table: Channel.TableName, maxLength: MetaUsage.FigureLength, nullable: true);
        builder.AddColumn<int>(name: "UsagePercent", table: DeliveryAttempt.TableName, nullable: true);
        builder.AddColumn<DateTime>(name: "QueuedUtc", table: Delivery.TableName, nullable: true);
    }
}
