using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Requests;
using Portal.Inbox.Routing;

namespace Portal.Inbox.Desk;

/// <summary>The tables <see cref="AddDesk"/> creates.</summary>
internal sealed class DeskModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RequestMention>(e =>
        {
            e.ToTable(RequestMention.TableName);
            e.HasKey(m => m.Id);
            e.Property(m => m.UserId).HasMaxLength(Request.UserIdLength);
            e.HasIndex(m => new { m.UserId, m.Seen, m.AtUtc });
            e.HasIndex(m => m.RequestId);
        });
        modelBuilder.Entity<RoutingRule>(e =>
        {
            e.ToTable(RoutingRule.TableName);
            e.HasKey(r => r.Id);
            e.Property(r => r.Name).HasMaxLength(RoutingRule.NameLength);
            e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(InboxModel.EnumLength);
            e.Property(r => r.Keyword).HasMaxLength(RoutingRule.KeywordLength);
            e.Property(r => r.Topic).HasMaxLength(RoutingRule.TopicLength);
            e.Property(r => r.OwnerId).HasMaxLength(Request.UserIdLength);
            e.HasIndex(r => r.Position);
        });
        modelBuilder.Entity<CannedAnswer>(e =>
        {
            e.ToTable(CannedAnswer.TableName);
            e.HasKey(a => a.Id);
            e.Property(a => a.Title).HasMaxLength(CannedAnswer.TitleLength);
            e.Property(a => a.Text).HasMaxLength(CannedAnswer.TextLength);
            e.Property(a => a.GuideItemId).HasMaxLength(Portal.Core.Content.ContentItem.IdLength);
            e.HasIndex(a => a.Title).IsUnique();
        });
        modelBuilder.Entity<CannedAnswerCategory>(e =>
        {
            e.ToTable(CannedAnswerCategory.TableName);
            e.HasKey(c => new { c.CannedAnswerId, c.CategoryId });
            e.HasIndex(c => c.CategoryId);
        });
    }
}
