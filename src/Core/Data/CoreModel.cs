using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Features;
using Portal.Core.Migrations;
using Portal.Core.Settings;
using Portal.Core.Tasks;

namespace Portal.Core.Data;

/// <summary>The mapping of the framework's own tables; <see cref="CoreMigrations"/> creates them.</summary>
internal static class CoreModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ContentItem>(e =>
        {
            e.ToTable("ContentItems");
            e.HasKey(c => c.Id);
            e.Property(c => c.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(c => c.VersionId).HasMaxLength(ContentItem.IdLength);
            e.Property(c => c.ContentType).HasMaxLength(64);
            e.Property(c => c.Owner).HasMaxLength(256);
            e.Property(c => c.Author).HasMaxLength(256);
            e.Property(c => c.ConcurrencyStamp).HasMaxLength(36).IsConcurrencyToken();
            e.HasIndex(c => c.VersionId).IsUnique();
            e.HasIndex(c => c.ItemId, "IX_ContentItems_ItemId_Latest").IsUnique().HasFilter("\"Latest\"");
            e.HasIndex(c => c.ItemId, "IX_ContentItems_ItemId_Published").IsUnique().HasFilter("\"Published\"");
            e.HasIndex(c => new { c.ContentType, c.Latest, c.Published, c.ModifiedUtc });
        });

        builder.Entity<FeatureState>(e =>
        {
            e.ToTable("FeatureStates");
            e.HasKey(f => f.FeatureId);
            e.Property(f => f.FeatureId).HasMaxLength(128);
        });

        builder.Entity<SiteSetting>(e =>
        {
            e.ToTable("SiteSettings");
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(128);
        });

        builder.Entity<TaskLease>(e =>
        {
            e.ToTable("TaskLeases");
            e.HasKey(t => t.TaskName);
            e.Property(t => t.TaskName).HasMaxLength(128);
            e.Property(t => t.Holder).HasMaxLength(128);
        });

        builder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("DataProtectionKeys");
            e.HasKey(k => k.Id);
        });

        builder.Entity<AppliedMigration>(e =>
        {
            e.ToTable(AppliedMigration.TableName);
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).HasMaxLength(200);
        });
    }
}
