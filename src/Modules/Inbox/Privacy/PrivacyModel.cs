using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Privacy;

/// <summary>Privacy's tables, as <see cref="AddPrivacy"/> creates them.</summary>
internal sealed class PrivacyModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PersonalDataFlag>(e =>
        {
            e.ToTable(PersonalDataFlag.TableName);
            e.HasKey(f => f.MessageId);
            e.Property(f => f.MessageId).ValueGeneratedNever();
            e.Property(f => f.Kinds).HasMaxLength(PersonalDataFlag.KindsLength);
            e.HasIndex(f => f.RequestId);
        });
        modelBuilder.Entity<MessageOriginal>(e =>
        {
            e.ToTable(MessageOriginal.TableName);
            e.HasKey(o => o.MessageId);
            e.Property(o => o.MessageId).ValueGeneratedNever();
            e.Property(o => o.UserId).HasMaxLength(Request.UserIdLength);
            e.HasIndex(o => o.RequestId);
        });
        modelBuilder.Entity<RetentionRule>(e =>
        {
            e.ToTable(RetentionRule.TableName);
            e.HasKey(r => r.CategoryId);
            e.Property(r => r.CategoryId).ValueGeneratedNever();
            e.Property(r => r.Action).HasConversion<string>().HasMaxLength(InboxModel.EnumLength);
        });
        modelBuilder.Entity<LegalHold>(e =>
        {
            e.ToTable(LegalHold.TableName);
            e.HasKey(h => h.RequestId);
            e.Property(h => h.RequestId).ValueGeneratedNever();
            e.Property(h => h.Reason).HasMaxLength(LegalHold.ReasonLength);
            e.Property(h => h.UserId).HasMaxLength(Request.UserIdLength);
        });
        modelBuilder.Entity<RetentionLogEntry>(e =>
        {
            e.ToTable(RetentionLogEntry.TableName);
            e.HasKey(l => l.Id);
            e.Property(l => l.UserId).HasMaxLength(Request.UserIdLength);
            e.Property(l => l.Reference).HasMaxLength(Request.ReferenceLength);
            e.Property(l => l.Action).HasConversion<string>().HasMaxLength(InboxModel.EnumLength);
            e.HasIndex(l => l.RunUtc);
        });
    }
}
