using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Core.Data;

/// <summary>
/// EF Core caches a compiled model per context type for the whole process, but <see cref="PortalDbContext"/>'s
/// model depends on the modules' contributors in each host's container: two hosts (tests today, tenants later)
/// with different modules must not share one model.
/// </summary>
internal sealed class PortalModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is PortalDbContext portal ? (context.GetType(), portal.ModelKey, designTime) : (context.GetType(), designTime);
}
