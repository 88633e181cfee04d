using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;

namespace Portal.Testing;

public static class TestSettings
{
    /// <summary>Saves site settings (e.g. <see cref="SiteOptions"/>) as an administrator's edit would, in its own unit of work.</summary>
    public static Task SaveSettingsAsync<T>(this PortalHost host, T value) where T : class, new() =>
        host.RunAsync((services, ct) => services.GetRequiredService<ISiteSettingsStore>().SaveAsync(services.GetRequiredService<IUnitOfWork>(), value, ct));
}
