using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Cluster;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Migrations;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.Tasks;

namespace Portal.Core.Hosting;

/// <summary>What a module's startup calls to plug its pieces into the framework.</summary>
public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddContentType<TModel>(this IServiceCollection services, string name, Func<TModel, string> displayText, Action<ContentTypeDefinitionOptions>? configure = null)
        where TModel : class
    {
        var options = new ContentTypeDefinitionOptions();
        configure?.Invoke(options);
        services.AddSingleton(new ContentTypeDefinition(name, typeof(TModel), m => displayText((TModel)m))
        {
            DisplayName = options.DisplayName ?? name,
            Draftable = options.Draftable,
            Path = options.Path,
            SyndicatedByDefault = options.SyndicatedByDefault,
        });
        return services;
    }

    /// <summary>Registers a typed index table: the entity joins the model and the provider fills it on save.</summary>
    public static IServiceCollection AddContentIndex<TIndex, TProvider>(this IServiceCollection services, Action<Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TIndex>> configure)
        where TIndex : ContentIndex
        where TProvider : class, IContentIndexProvider
    {
        services.AddSingleton<IModelContributor>(new ContentIndexModel<TIndex>(configure));
        services.AddScoped<IContentIndexProvider, TProvider>();
        return services;
    }

    public static IServiceCollection AddContentHandler<THandler>(this IServiceCollection services)
        where THandler : class, IContentHandler
    {
        services.AddScoped<IContentHandler, THandler>();
        return services;
    }

    public static IServiceCollection AddClusterSignalHandler<THandler>(this IServiceCollection services)
        where THandler : class, IClusterSignalHandler
    {
        services.AddSingleton<IClusterSignalHandler, THandler>();
        return services;
    }

    public static IServiceCollection AddModelContributor<TContributor>(this IServiceCollection services)
        where TContributor : class, IModelContributor
    {
        services.AddSingleton<IModelContributor, TContributor>();
        return services;
    }

    /// <summary>The module's migration steps, in the order they must run.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, string moduleId, params MigrationStep[] steps)
    {
        services.AddSingleton(new ModuleMigrations(moduleId, steps));
        return services;
    }

    public static IServiceCollection AddPermissions<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPermissionProvider, TProvider>());
        return services;
    }

    public static IServiceCollection AddAdminMenu<TProvider>(this IServiceCollection services)
        where TProvider : class, IAdminMenuProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, TProvider>());
        return services;
    }

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStep
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStep, TStep>());
        return services;
    }

    public static IServiceCollection AddRecipeExporter<TExporter>(this IServiceCollection services)
        where TExporter : class, IRecipeExporter
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeExporter, TExporter>());
        return services;
    }

    /// <summary>Adds an exporter whose step names files, so it only goes into a package export.</summary>
    public static IServiceCollection AddRecipePackageExporter<TExporter>(this IServiceCollection services)
        where TExporter : class, Recipes.Packages.IRecipePackageExporter
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Recipes.Packages.IRecipePackageExporter, TExporter>());
        return services;
    }

    /// <summary>Declares a settings class so recipes check the JSON they bring for its key.</summary>
    public static IServiceCollection AddSiteSettings<TSettings>(this IServiceCollection services)
        where TSettings : class, new()
    {
        services.AddSingleton(new SiteSettingsType(ISiteSettingsStore.KeyOf<TSettings>(), typeof(TSettings)));
        return services;
    }

    public static IServiceCollection AddBackgroundTask<TTask>(this IServiceCollection services)
        where TTask : class, IBackgroundTask
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBackgroundTask, TTask>());
        return services;
    }
}

public sealed class ContentTypeDefinitionOptions
{
    public string? DisplayName { get; set; }

    public bool Draftable { get; set; } = true;

    /// <summary>The public address of the type's items (<see cref="ContentPath.AtSlug"/>, <see cref="ContentPath.Fixed"/>); none by default.</summary>
    public ContentPath? Path { get; set; }

    /// <summary>Whether a publication goes out to the social networks unless an administrator or the editor says otherwise.</summary>
    public bool SyndicatedByDefault { get; set; } = true;
}

internal sealed class ContentIndexModel<TIndex>(Action<Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TIndex>> configure) : IModelContributor
    where TIndex : ContentIndex
{
    public void Configure(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TIndex>(e =>
        {
            e.HasKey(i => i.VersionId);
            e.Property(i => i.VersionId).HasMaxLength(ContentItem.IdLength);
            e.Property(i => i.ItemId).HasMaxLength(ContentItem.IdLength);
            configure(e);
        });
}
