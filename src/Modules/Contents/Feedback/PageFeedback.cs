using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Contents.Feedback;

/// <summary>
/// One answer to "¿Te ha resultado útil esta página?", about one version of an item. Nothing identifies who answered:
/// no address, browser or time of day, and the comments are stripped of e-mail addresses, phones and ID numbers.
/// </summary>
public sealed class PageFeedback
{
    public const string TableName = "PageFeedback";
    public const int IdLength = 32;
    public const int CommentLength = 1000;

    public string Id { get; set; } = "";

    public string ItemId { get; set; } = "";

    public string VersionId { get; set; } = "";

    public bool Useful { get; set; }

    /// <summary>"¿Qué estabas haciendo?"</summary>
    public string? Doing { get; set; }

    /// <summary>"¿Qué ha fallado?"</summary>
    public string? WentWrong { get; set; }

    /// <summary>The day in UTC: enough to see trends, too coarse to tell who answered.</summary>
    public DateOnly Day { get; set; }
}

internal sealed class PageFeedbackModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PageFeedback>(e =>
        {
            e.ToTable(PageFeedback.TableName);
            e.HasKey(f => f.Id);
            e.Property(f => f.Id).HasMaxLength(PageFeedback.IdLength);
            e.Property(f => f.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(f => f.VersionId).HasMaxLength(ContentItem.IdLength);
            e.Property(f => f.Doing).HasMaxLength(PageFeedback.CommentLength);
            e.Property(f => f.WentWrong).HasMaxLength(PageFeedback.CommentLength);
            e.HasIndex(f => f.ItemId);
        });
}
