using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Contents.Scheduling;

/// <summary>
/// When an item's latest version goes public and when it stops being public (Orchard's PublishLater, plus
/// unpublishing). One row per item; a date is cleared once done, and the row goes when both are.
/// </summary>
public sealed class ContentSchedule
{
    public const string TableName = "ContentSchedules";

    public string ItemId { get; set; } = "";

    public DateTime? PublishUtc { get; set; }

    public DateTime? UnpublishUtc { get; set; }

    /// <summary>The user who set the dates; the scheduled operations run in their name.</summary>
    public string ScheduledBy { get; set; } = "";

    /// <summary>Why the last due publication was refused (e.g. a required field was emptied meanwhile).</summary>
    public string? LastError { get; set; }
}

internal sealed class ContentScheduleModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ContentSchedule>(e =>
        {
            e.ToTable(ContentSchedule.TableName);
            e.HasKey(s => s.ItemId);
            e.Property(s => s.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(s => s.ScheduledBy).HasMaxLength(256);
            e.HasIndex(s => s.PublishUtc);
            e.HasIndex(s => s.UnpublishUtc);
        });
}
