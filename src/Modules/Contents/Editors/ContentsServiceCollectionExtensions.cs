using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Contents.Editors;

/// <summary>What a content type's module calls to appear in the content admin.</summary>
public static class ContentsServiceCollectionExtensions
{
    public static IServiceCollection AddContentEditor<TEditor>(this IServiceCollection services)
        where TEditor : class, IContentEditor
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentEditor, TEditor>());
        return services;
    }

    public static IServiceCollection AddContentDisplay<TDisplay>(this IServiceCollection services)
        where TDisplay : class, IContentDisplay
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentDisplay, TDisplay>());
        return services;
    }
}
