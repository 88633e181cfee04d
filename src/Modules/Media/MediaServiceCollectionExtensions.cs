using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Media.Library;

namespace Portal.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>Lets the library ask a module where an asset is used before deleting it.</summary>
    public static IServiceCollection AddMediaUsageProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IMediaUsageProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMediaUsageProvider, TProvider>());
        return services;
    }
}
