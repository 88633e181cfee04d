using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Media.Picker;

namespace Portal.Media.Assets;

internal sealed class MediaModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaAsset>(e =>
        {
            e.ToTable(MediaAsset.TableName);
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasMaxLength(MediaAsset.IdLength);
            e.Property(a => a.FileName).HasMaxLength(MediaAsset.FileNameLength);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.ContentType).HasMaxLength(64);
            e.Property(a => a.StorageKey).HasMaxLength(MediaAsset.StorageKeyLength);
            e.Property(a => a.Hash).HasMaxLength(MediaAsset.HashLength);
            e.Property(a => a.Credit).HasMaxLength(MediaAsset.TextLength);
            e.Property(a => a.Licence).HasMaxLength(MediaAsset.TextLength);
            e.Property(a => a.AltText).HasMaxLength(MediaAsset.TextLength);
            e.Property(a => a.UploadedBy).HasMaxLength(256);
            e.HasIndex(a => a.FileName);
            e.HasIndex(a => a.Kind);
            e.HasIndex(a => a.CreatedUtc);
            e.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.AssetId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MediaTag>(e =>
        {
            e.ToTable(MediaTag.TableName);
            e.HasKey(t => new { t.AssetId, t.Name });
            e.Property(t => t.AssetId).HasMaxLength(MediaAsset.IdLength);
            e.Property(t => t.Name).HasMaxLength(MediaTag.Length);
            e.HasIndex(t => t.Name);
        });
        modelBuilder.Entity<ContentMediaIndex>(e =>
        {
            e.ToTable(ContentMediaIndex.TableName);
            e.HasKey(i => new { i.VersionId, i.AssetId });
            e.Property(i => i.VersionId).HasMaxLength(ContentItem.IdLength);
            e.Property(i => i.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(i => i.AssetId).HasMaxLength(MediaAsset.IdLength);
            e.HasIndex(i => i.AssetId);
        });
    }
}
