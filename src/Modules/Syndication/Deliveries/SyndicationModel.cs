using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Syndication.Connecting;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;

namespace Portal.Syndication.Deliveries;

/// <summary>The module's tables; <see cref="CreateSyndicationTables"/> creates them with the same columns.</summary>
internal sealed class SyndicationModel : IModelContributor
{
    public const int EnumLength = 20;

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Channel>(e =>
        {
            e.ToTable(Channel.TableName);
            e.HasKey(c => c.Id);
            e.Property(c => c.Network).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(c => c.Name).HasMaxLength(Channel.NameLength);
            e.Property(c => c.ApiBaseUrl).HasMaxLength(Channel.UrlLength);
            e.Property(c => c.Account).HasMaxLength(Channel.AccountLength);
            e.Property(c => c.LastError).HasMaxLength(Channel.ErrorLength);
            e.Property(c => c.UsageFigure).HasMaxLength(MetaUsage.FigureLength);
            e.Property(c => c.MentionsCursor).HasMaxLength(WatchedPost.CursorLength);
            e.Property(c => c.MentionsLeaseHolder).HasMaxLength(Delivery.HolderLength);
        });
        modelBuilder.Entity<PendingConnection>(e =>
        {
            e.ToTable(PendingConnection.TableName);
            e.HasKey(p => p.Nonce);
            e.Property(p => p.Nonce).HasMaxLength(PendingConnection.NonceLength);
            e.Property(p => p.UserId).HasMaxLength(PendingConnection.UserIdLength);
        });
        modelBuilder.Entity<MastodonApp>(e =>
        {
            e.ToTable(MastodonApp.TableName);
            e.HasKey(a => a.Id);
            e.Property(a => a.Instance).HasMaxLength(Channel.UrlLength);
            e.Property(a => a.RedirectUri).HasMaxLength(Channel.UrlLength);
            e.HasIndex(a => new { a.Instance, a.RedirectUri });
        });
        modelBuilder.Entity<ChannelTemplate>(e =>
        {
            e.ToTable(ChannelTemplate.TableName);
            e.HasKey(t => t.Id);
            e.Property(t => t.ContentType).HasMaxLength(ChannelTemplate.ContentTypeLength);
            e.Property(t => t.Template).HasMaxLength(ChannelTemplate.TemplateLength);
            e.HasIndex(t => new { t.ChannelId, t.ContentType }).IsUnique();
        });
        modelBuilder.Entity<Delivery>(e =>
        {
            e.ToTable(Delivery.TableName);
            e.HasKey(d => d.Id);
            e.Property(d => d.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(d => d.VersionId).HasMaxLength(ContentItem.IdLength);
            e.Property(d => d.ContentType).HasMaxLength(ChannelTemplate.ContentTypeLength);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(d => d.State).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(d => d.LastErrorKind).HasConversion<string>().HasMaxLength(EnumLength);
            e.Property(d => d.Link).HasMaxLength(Delivery.UrlLength);
            e.Property(d => d.TargetUrl).HasMaxLength(Delivery.UrlLength);
            e.Property(d => d.RemoteUrl).HasMaxLength(Delivery.UrlLength);
            e.Property(d => d.RemoteId).HasMaxLength(Delivery.KeyLength * 2);
            e.Property(d => d.IdempotencyKey).HasMaxLength(Delivery.KeyLength);
            e.Property(d => d.TrackingCode).HasMaxLength(Delivery.TrackingCodeLength);
            e.Property(d => d.LeaseHolder).HasMaxLength(Delivery.HolderLength);
            e.Property(d => d.LastError).HasMaxLength(Delivery.ErrorLength);
            e.Property(d => d.ImageAssetId).HasMaxLength(ContentItem.IdLength);
            e.Property(d => d.ImageAlt).HasMaxLength(Delivery.AltLength);
            e.Property(d => d.ReplyToRemoteId).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(d => d.ReplyToVersion).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(d => d.ReplyRootRemoteId).HasMaxLength(Interaction.RemoteIdLength);
            e.Property(d => d.ReplyRootVersion).HasMaxLength(Interaction.RemoteIdLength);
            e.HasIndex(d => new { d.ItemId, d.VersionId, d.ChannelId, d.Kind }).IsUnique();
            e.HasIndex(d => d.TrackingCode).IsUnique();
            e.HasIndex(d => new { d.State, d.NotBeforeUtc });
        });
        modelBuilder.Entity<DeliveryAttempt>(e =>
        {
            e.ToTable(DeliveryAttempt.TableName);
            e.HasKey(a => a.Id);
            e.Property(a => a.Endpoint).HasMaxLength(DeliveryAttempt.EndpointLength);
            e.Property(a => a.Body).HasMaxLength(DeliveryAttempt.BodyLength);
            e.Property(a => a.Outcome).HasMaxLength(EnumLength);
            e.HasIndex(a => a.DeliveryId);
        });
        modelBuilder.Entity<SyndicationChoice>(e =>
        {
            e.ToTable(SyndicationChoice.TableName);
            e.HasKey(c => c.Id);
            e.Property(c => c.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(c => c.CustomText).HasMaxLength(ChannelTemplate.TemplateLength);
            e.HasIndex(c => new { c.ItemId, c.ChannelId }).IsUnique();
        });

        ReplyModel.Configure(modelBuilder);
    }
}
