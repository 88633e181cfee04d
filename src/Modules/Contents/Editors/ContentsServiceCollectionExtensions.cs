using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Hosting;

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

    /// <summary>
    /// A type citizens read at "/{prefix}/{slug}": titled and addressed by its common part, with its own rules,
    /// editor and display. The module's page controller is routed at the same <paramref name="prefix"/>.
    /// </summary>
    /// <param name="displayName">Resource key of the type's Spanish name in the module's resources.</param>
    public static IServiceCollection AddCitizenType<TModel, THandler, TEditor, TDisplay>(this IServiceCollection services, string name, string prefix, string displayName)
        where TModel : class, ICitizenContent
        where THandler : class, IContentHandler
        where TEditor : class, IContentEditor
        where TDisplay : class, IContentDisplay
    {
        services.AddContentType<TModel>(name, m => m.Common.Title, o =>
        {
            o.DisplayName = displayName;
            o.Path = ContentPath.AtSlug<TModel>(prefix, m => m.Common.Slug);
        });
        services.AddContentHandler<THandler>();
        services.AddContentEditor<TEditor>();
        services.AddContentDisplay<TDisplay>();
        return services;
    }
}
