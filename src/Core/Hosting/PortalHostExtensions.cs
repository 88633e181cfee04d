using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Portal.Core.Cluster;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Features;
using Portal.Core.Migrations;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Core.Security.KeyRing;
using Portal.Core.Settings;
using Portal.Core.Tasks;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Hosting;

/// <summary>
/// The calls a host makes: <see cref="AddPortal"/> on the builder, <see cref="UsePortal"/> on the app, then
/// <see cref="PortalRunExtensions.RunPortalAsync"/>.
/// </summary>
public static class PortalHostExtensions
{
    public static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("es-ES");

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder, IEnumerable<ModuleStartup> modules)
    {
        var services = builder.Services;
        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
        services.TryAddSingleton(TimeProvider.System);

        AddData(builder);
        AddFramework(services);
        AddWeb(builder, catalog);

        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(services, builder.Configuration);
        }

        return builder;
    }

    private static void AddData(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AppDataPaths>();
        services.AddDbContext<PortalDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var paths = sp.GetRequiredService<AppDataPaths>();
            if (database.Provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(database.ConnectionString ?? throw new OptionsValidationException(
                    DatabaseOptions.Section, typeof(DatabaseOptions),
                    ["Portal:Database:ConnectionString is required when Portal:Database:Provider is Postgres."]));
            }
            else
            {
                options.UseSqlite(database.ConnectionString ?? $"Data Source={Path.Combine(paths.Root, "portal.db")};Pooling=True;Default Timeout=30");
            }

            options.ReplaceService<IModelCacheKeyFactory, PortalModelCacheKeyFactory>();

            // A failed command reaches its caller as an exception, and the caller says what it means (an error for a
            // request, a routine back-off for a background poll that met a busy SQLite); EF's own Error would say it
            // twice, and wrongly in the second case.
            options.ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Information),
                (CoreEventId.SaveChangesFailed, LogLevel.Information)));
        });
        services.AddScoped<IUnitOfWork, UnitOfWork.UnitOfWork>();
        services.AddSingleton<IUnitOfWorkRunner, UnitOfWorkRunner>();
        services.AddScoped<MigrationRunner>();
        services.AddSingleton(CoreMigrations.All);
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database").AddCheck<DiskSpaceHealthCheck>(DiskSpaceHealthCheck.Name);
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        services.AddSingleton<IPortalInitializer, KeyFileImport>();
    }

    private static void AddFramework(IServiceCollection services)
    {
        services.AddSingleton<IContentDefinitionStore, ContentDefinitionStore>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<ContentEvents>();
        services.AddSingleton<ContentTextLimits>();
        services.AddScoped<PageHead>();
        services.AddHttpContextAccessor();
        services.AddOptions<SiteAddressOptions>().BindConfiguration(SiteAddressOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.BaseUrl) || SiteAddressOptions.IsValidBaseUrl(o.BaseUrl), SiteAddressOptions.InvalidMessage)
            .ValidateOnStart();
        services.AddSingleton<PublicUrls>();
        services.AddContentHandler<OutputCacheContentHandler>();
        services.AddSingleton<ClusterSignals>();
        services.AddSingleton<IClusterSignals>(sp => sp.GetRequiredService<ClusterSignals>());
        services.AddHostedService(sp => sp.GetRequiredService<ClusterSignals>());
        services.AddClusterSignalHandler<OutputCacheSignal>();
        services.AddSingleton<FeatureManager>();
        services.AddSingleton<IFeatureManager>(sp => sp.GetRequiredService<FeatureManager>());
        services.AddSingleton<IClusterSignalHandler>(sp => sp.GetRequiredService<FeatureManager>());
        services.AddSingleton<SiteSettingsStore>();
        services.AddSingleton<ISiteSettingsStore>(sp => sp.GetRequiredService<SiteSettingsStore>());
        services.AddSingleton<IClusterSignalHandler>(sp => sp.GetRequiredService<SiteSettingsStore>());
        services.AddSingleton<IPortalInitializer, MigrationInitializer>();
        services.AddSingleton<IPortalInitializer, FeatureInitializer>();
        services.AddRecipeFramework();
        services.AddHostedService<PortalStartupService>();
        services.AddBackgroundTaskScheduler();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
    }

    private static void AddWeb(WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var services = builder.Services;
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            o.SupportedCultures = [DefaultCulture];
            o.SupportedUICultures = [DefaultCulture];
        });
        // Razor would otherwise write every accented letter as an entity (&#xF3;): Spanish pages stay readable as text.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<ForwardedHeadersOptions>(o => ForwardedHeadersSetup.Apply(o, builder.Configuration));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsTexts.Apply);
        services.AddResponseCompression(o =>
        {
            // Compressing HTTPS pages that carry secrets (antiforgery tokens) next to reflected input invites BREACH;
            // behind a TLS-terminating proxy Kestrel sees HTTP and compresses, and the proxy may compress itself.
            o.EnableForHttps = false;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.AddOutputCache(o =>
        {
            o.AddPolicy(OutputCachePolicies.PublicPage, p => p.Expire(TimeSpan.FromMinutes(10)).Tag(OutputCachePolicies.ContentTag));
        });
        var mvc = services.AddControllersWithViews(o =>
            {
                o.Filters.Add<UnitOfWorkFilter>();
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new FormReadingFilter());
                o.Conventions.Add(new ModuleFeatureConvention(catalog));
                o.Conventions.Add(new HeadFollowsGetConvention());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(ModuleResources.For(type.Assembly) ?? type));
        services.AddRazorPages(o => o.Conventions.Add(new ModuleFeatureConvention(catalog)));
        services.AddTransient<IConfigureOptions<MvcOptions>, SpanishModelBindingMessages>();
        services.AddScoped<UnitOfWorkFilter>();
        foreach (var module in catalog.Modules)
        {
            mvc.AddApplicationPart(module.GetType().Assembly);
        }
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<UnsupportedMethodsMiddleware>();
        app.UseResponseCompression();
        app.UseWhen(c => IsApi(c.Request.Path), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = RequestFailures.StatusFor, SuppressDiagnosticsCallback = c => RequestFailures.IsClientError(c.Exception) });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c.Request.Path), site =>
        {
            if (!app.Environment.IsDevelopment())
            {
                site.UseHsts();
            }

            site.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = RequestFailures.StatusFor,
                SuppressDiagnosticsCallback = c => RequestFailures.IsClientError(c.Exception),
            });
            site.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseRequestLocalization();
        app.MapStaticAssets();
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        // Operators may switch the cache off to diagnose a page; the benchmark uses it to measure both ways.
        if (app.Configuration.GetValue("Portal:OutputCache:Enabled", true))
        {
            app.UseOutputCache();
        }

        app.UseMiddleware<UnitOfWorkMiddleware>();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).DisableHttpMetrics();
        foreach (var module in catalog.Modules)
        {
            module.MapEndpoints(app.MapGroup("").WithMetadata(new RequireFeatureAttribute(module.Manifest.Feature.Id)));
        }

        app.MapRazorPages();
        app.MapControllers();
        return app;
    }

    /// <summary>The API answers Problem Details; everything else is the site, which answers Spanish pages.</summary>
    public static bool IsApi(Microsoft.AspNetCore.Http.PathString path) => path.StartsWithSegments("/api");
}
