using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Modules;

/// <summary>
/// The one startup class of a module: register services, then map endpoints.
/// Admin menu entries, permissions, migrations, recipe steps and tasks are services registered here.
/// </summary>
public abstract class ModuleStartup
{
    public abstract ModuleManifest Manifest { get; }

    /// <summary>Breaks ties between modules that do not depend on each other; lower runs first.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
