using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>
/// A module's tables (its typed index tables and records) join the one <see cref="PortalDbContext"/> through this.
/// The model must agree with the module's migration steps, which create the tables.
/// </summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
