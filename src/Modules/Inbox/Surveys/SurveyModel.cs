using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Surveys;

/// <summary>The surveys table, as <see cref="AddSurveys"/> creates it.</summary>
internal sealed class SurveyModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<Survey>(e =>
    {
        e.ToTable(Survey.TableName);
        e.HasKey(s => s.Id);
        e.Property(s => s.Token).HasMaxLength(Request.TokenLength);
        e.Property(s => s.Comment).HasMaxLength(Survey.CommentLength);
        e.HasIndex(s => new { s.RequestId, s.Cycle }).IsUnique();
        e.HasIndex(s => s.Token).IsUnique();
        e.HasIndex(s => s.SentUtc);
    });
}
