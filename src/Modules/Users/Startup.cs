using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Users.Accounts;
using Portal.Users.Identity;
using Portal.Users.Roles;
using Portal.Users.Services;
using Portal.Users.Sessions;
using Portal.Users.SignIn;

namespace Portal.Users;

public sealed class Startup : ModuleStartup
{
    public const string SignInPath = "/admin/acceso";
    public const string SignOutPath = "/admin/salir";
    public const string AccessDeniedPath = "/admin/acceso-denegado";

    public override ModuleManifest Manifest => Portal.Users.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminAccountOptions>().BindConfiguration(AdminAccountOptions.Section);
        services.AddIdentity<PortalUser, PortalRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<SpanishIdentityErrorDescriber>();
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section).ValidateDataAnnotations()
            .Validate(o => o.ClientWindow > TimeSpan.Zero && o.AccountLockout > TimeSpan.Zero, "Portal:SignIn:ClientWindow and AccountLockout must be positive.")
            .ValidateOnStart();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SignInLimits>>((o, limits) =>
        {
            o.Lockout.MaxFailedAccessAttempts = limits.Value.AccountFailures;
            o.Lockout.DefaultLockoutTimeSpan = limits.Value.AccountLockout;
        });
        services.AddSingleton<SignInThrottle>();
        // Open sessions are checked against the database this often: role and permission changes reach people who
        // are already signed in within a minute (a lock or a new password ends their sessions at once).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.AccessDeniedPath = AccessDeniedPath;
            o.Cookie.Name = "portal.admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        // Sessions live in the database and the cookie only names one, so signing out ends it on the server.
        services.AddModelContributor<UserSessionModel>();
        services.AddMigrations(Manifest.Id, new CreateUserSessions());
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((o, store) => o.SessionStore = store);
        services.AddBackgroundTask<PurgeExpiredSessionsTask>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddSingleton<IPortalInitializer, RolesAndAdminInitializer>();
        services.AddSingleton<UnknownUserPasswordCheck>();
        services.AddSingleton<RoleNames>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<RolePermissions>();
        services.AddScoped<RoleAdministration>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UserDirectory>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeExporter<RolesExporter>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Minimal endpoints do not get MVC's antiforgery filter: check the token here, or any site could sign staff out.
        endpoints.MapPost(SignOutPath, async (HttpContext context, IAntiforgery antiforgery, SignInManager<PortalUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(SignInPath);
        });
    }
}
