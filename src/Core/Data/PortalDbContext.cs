using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Features;
using Portal.Core.Migrations;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.Tasks;

namespace Portal.Core.Data;

/// <summary>The single database context: core tables, Identity, and whatever the modules contribute.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, IEnumerable<IModelContributor> contributors)
    : IdentityDbContext<PortalUser, PortalRole, string>(options), IDataProtectionKeyContext
{
    private readonly IModelContributor[] _contributors = [.. contributors];

    /// <summary>Names what this context's model is made of; see <see cref="PortalModelCacheKeyFactory"/>.</summary>
    internal string ModelKey => string.Join(';', _contributors.Select(c => c.GetType().FullName));

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<FeatureState> FeatureStates => Set<FeatureState>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    public DbSet<TaskLease> TaskLeases => Set<TaskLease>();

    public DbSet<AppliedMigration> AppliedMigrations => Set<AppliedMigration>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back as Unspecified and Npgsql refuses anything but UTC for timestamptz:
        // every DateTime in Portal is UTC, so say so on the way in and out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        CoreModel.Configure(builder);
        foreach (var contributor in _contributors)
        {
            contributor.Configure(builder);
        }
    }
}
