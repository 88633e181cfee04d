using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>The inbound tables, as <see cref="AddReplies"/> creates them.</summary>
internal static class ReplyModel
{
    private const int EnumLength = SyndicationModel.EnumLength;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Interaction>(e =>
        {
            e.ToTable(Interaction.TableName);
            e.HasKey(i => i.Id);
            e.Property(i => i.Network).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(i => i.State).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(i => i.RemoteId).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(i => i.RemoteVersion).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(i => i.ParentRemoteId).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(i => i.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(i => i.AuthorId).HasMaxLength(Interaction.HandleLength);
            e.Property(i => i.AuthorHandle).HasMaxLength(Interaction.HandleLength);
            e.Property(i => i.AuthorName).HasMaxLength(Interaction.NameLength);
            e.Property(i => i.AuthorUrl).HasMaxLength(Interaction.UrlLength);
            e.Property(i => i.Text).HasMaxLength(Interaction.TextLength);
            e.Property(i => i.Url).HasMaxLength(Interaction.UrlLength);
            e.HasIndex(i => new { i.ChannelId, i.RemoteId }).IsUnique();
            e.HasIndex(i => i.WatchedPostId);
            e.HasIndex(i => i.ItemId);
            e.HasIndex(i => new { i.State, i.ImportedUtc });
        });
        modelBuilder.Entity<WatchedPost>(e =>
        {
            e.ToTable(WatchedPost.TableName);
            e.HasKey(w => w.Id);
            e.Property(w => w.Network).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(w => w.RemoteId).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(w => w.ThreadRemoteId).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(w => w.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(w => w.Cursor).HasMaxLength(WatchedPost.CursorLength);
            e.Property(w => w.LeaseHolder).HasMaxLength(Delivery.HolderLength);
            e.Property(w => w.LastError).HasMaxLength(Delivery.ErrorLength);
            e.HasIndex(w => w.DeliveryId).IsUnique();
            e.HasIndex(w => new { w.ChannelId, w.RemoteId });
            e.HasIndex(w => w.NextPollUtc);
        });
        modelBuilder.Entity<InboundEvent>(e =>
        {
            e.ToTable(InboundEvent.TableName);
            e.HasKey(i => i.Id);
            e.Property(i => i.Network).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(i => i.State).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(i => i.EventId).HasMaxLength(InboundEvent.EventIdLength);
            e.Property(i => i.LeaseHolder).HasMaxLength(Delivery.HolderLength);
            e.Property(i => i.LastError).HasMaxLength(InboundEvent.ErrorLength);
            e.HasIndex(i => new { i.Network, i.EventId }).IsUnique();
            e.HasIndex(i => i.State);
        });
        modelBuilder.Entity<BlockedSender>(e =>
        {
            e.ToTable(BlockedSender.TableName);
            e.HasKey(b => b.Id);
            e.Property(b => b.Network).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(b => b.Scope).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(b => b.Value).HasMaxLength(BlockedSender.ValueLength);
            e.Property(b => b.BlockedBy).HasMaxLength(BlockedSender.ValueLength);
            e.HasIndex(b => new { b.Network, b.Scope, b.Value }).IsUnique();
        });
    }
}
