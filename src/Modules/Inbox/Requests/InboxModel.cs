using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Inbox.Categories;
using Portal.Inbox.People;
using Portal.Inbox.Units;

namespace Portal.Inbox.Requests;

/// <summary>The inbox's core tables, as <see cref="CreateInbox"/> creates them.</summary>
internal sealed class InboxModel : IModelContributor
{
    public const int EnumLength = 30;

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Request>(e =>
        {
            e.ToTable(Request.TableName);
            e.HasKey(r => r.Id);
            e.Property(r => r.Reference).HasMaxLength(Request.ReferenceLength);
            e.Property(r => r.OwnerId).HasMaxLength(Request.UserIdLength);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(r => r.StateReason).HasMaxLength(Request.ReasonLength);
            e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(r => r.Subject).HasMaxLength(Request.SubjectLength);
            e.Property(r => r.ItemId).HasMaxLength(Portal.Core.Content.ContentItem.IdLength);
            e.Property(r => r.PublicToken).HasMaxLength(Request.TokenLength);
            e.Property(r => r.PublicAnswer).HasMaxLength(Request.AnswerLength);
            e.HasIndex(r => r.Reference).IsUnique();
            e.HasIndex(r => r.PublicToken).IsUnique();
            e.HasIndex(r => new { r.UnitId, r.UpdatedUtc });
            e.HasIndex(r => new { r.OwnerId, r.UpdatedUtc });
            e.HasIndex(r => new { r.State, r.UpdatedUtc });
            e.HasIndex(r => r.UpdatedUtc);
            e.HasIndex(r => r.PersonId);
            e.HasIndex(r => r.CreatedUtc);
        });
        modelBuilder.Entity<RequestMessage>(e =>
        {
            e.ToTable(RequestMessage.TableName);
            e.HasKey(m => m.Id);
            e.Property(m => m.Direction).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(m => m.Purpose).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(m => m.Channel).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(m => m.Delivery).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(m => m.ExternalId).HasMaxLength(RequestMessage.ExternalIdLength);
            e.Property(m => m.AuthorUserId).HasMaxLength(Request.UserIdLength);
            e.Property(m => m.AuthorName).HasMaxLength(RequestMessage.NameLength);
            e.Property(m => m.Text).HasMaxLength(RequestMessage.TextLength);
            e.Property(m => m.DeliveryError).HasMaxLength(RequestMessage.ErrorLength);
            e.HasIndex(m => new { m.RequestId, m.CreatedUtc });
            e.HasIndex(m => m.InteractionId).IsUnique();
            e.HasIndex(m => m.DeliveryId);
            e.HasIndex(m => new { m.Channel, m.ExternalId }).IsUnique();
        });
        modelBuilder.Entity<RequestEvent>(e =>
        {
            e.ToTable(RequestEvent.TableName);
            e.HasKey(v => v.Id);
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(v => v.UserId).HasMaxLength(Request.UserIdLength);
            e.Property(v => v.FromState).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(v => v.ToState).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(v => v.Detail).HasMaxLength(RequestEvent.DetailLength);
            e.HasIndex(v => new { v.RequestId, v.Id });
            e.HasIndex(v => new { v.PersonId, v.Id });
            e.HasIndex(v => new { v.Kind, v.AtUtc });
        });
        modelBuilder.Entity<ReferenceCounter>(e =>
        {
            e.ToTable(ReferenceCounter.TableName);
            e.HasKey(c => new { c.Prefix, c.Year });
            e.Property(c => c.Prefix).HasMaxLength(ReferenceCounter.PrefixLength);
        });
        modelBuilder.Entity<Person>(e =>
        {
            e.ToTable(Person.TableName);
            e.HasKey(p => p.Id);
            e.Property(p => p.DisplayName).HasMaxLength(Person.NameLength);
            e.HasIndex(p => p.MergedIntoId);
        });
        modelBuilder.Entity<PersonHandle>(e =>
        {
            e.ToTable(PersonHandle.TableName);
            e.HasKey(h => h.Id);
            e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(h => h.Network).HasMaxLength(PersonHandle.NetworkLength);
            e.Property(h => h.Value).HasMaxLength(PersonHandle.ValueLength);
            e.Property(h => h.Display).HasMaxLength(PersonHandle.ValueLength);
            e.HasIndex(h => new { h.Kind, h.Network, h.Value }).IsUnique();
            e.HasIndex(h => h.PersonId);
        });
        modelBuilder.Entity<Unit>(e =>
        {
            e.ToTable(Unit.TableName);
            e.HasKey(u => u.Id);
            e.Property(u => u.Name).HasMaxLength(Unit.NameLength);
            e.HasIndex(u => u.Name).IsUnique();
        });
        modelBuilder.Entity<UnitMember>(e =>
        {
            e.ToTable(UnitMember.TableName);
            e.HasKey(m => new { m.UnitId, m.UserId });
            e.Property(m => m.UserId).HasMaxLength(Request.UserIdLength);
            e.HasIndex(m => m.UserId);
        });
        modelBuilder.Entity<Category>(e =>
        {
            e.ToTable(Category.TableName);
            e.HasKey(c => c.Id);
            e.Property(c => c.Name).HasMaxLength(Category.NameLength);
            e.HasIndex(c => c.Name).IsUnique();
        });
    }
}
