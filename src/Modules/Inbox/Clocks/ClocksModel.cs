using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Inbox.Calendar;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>The business calendar, the targets and the clocks, as <see cref="AddClocks"/> creates them.</summary>
internal sealed class ClocksModel : IModelContributor
{
    private const int EnumLength = InboxModel.EnumLength;

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkingInterval>(e =>
        {
            e.ToTable(WorkingInterval.TableName);
            e.HasKey(i => i.Id);
            e.Property(i => i.Day).HasConversion<string>().HasMaxLength(EnumLength);
            e.Ignore(i => i.Span);
        });
        modelBuilder.Entity<Holiday>(e =>
        {
            e.ToTable(Holiday.TableName);
            e.HasKey(h => h.Id);
            e.Property(h => h.Name).HasMaxLength(Holiday.NameLength);
            e.Property(h => h.Scope).HasConversion<string>().HasMaxLength(EnumLength);
            e.HasIndex(h => h.Date).IsUnique();
        });
        modelBuilder.Entity<ResponseTarget>(e =>
        {
            e.ToTable(ResponseTarget.TableName);
            e.HasKey(t => t.Id);
            e.Property(t => t.Channel).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(t => t.Unit).HasConversion<string>().HasMaxLength(EnumLength);
            e.Ignore(t => t.Target);
        });
        modelBuilder.Entity<RequestClock>(e =>
        {
            e.ToTable(RequestClock.TableName);
            e.HasKey(c => c.Id);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(c => c.TargetUnit).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(c => c.OwnerId).HasMaxLength(Request.UserIdLength);
            e.Ignore(c => c.Target);
            e.Ignore(c => c.Paused);
            e.HasIndex(c => new { c.RequestId, c.EndUtc });
            e.HasIndex(c => c.NextWarningUtc);
            e.HasIndex(c => c.StartUtc);
        });
    }
}
