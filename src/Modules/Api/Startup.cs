using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Api.Authentication;
using Portal.Api.Content;
using Portal.Api.Idempotency;
using Portal.Api.OpenApi;
using Portal.Api.Tokens;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Api;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Api.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddModelContributor<ApiTokenModel>();
        services.AddModelContributor<IdempotencyRecordModel>();
        services.AddMigrations(Manifest.Id, new CreateApiTokens(), new CreateIdempotencyRecords());
        services.AddScoped<IdempotencyKeys>();
        services.AddBackgroundTask<PurgeIdempotencyRecordsTask>();
        services.AddScoped<ApiTokenStore>();
        // Only the API's endpoints name this scheme; the site's default stays the admin cookie.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddScoped<ContentDocuments>();
        services.AddApiDocument();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapOpenApi(ApiDocument.Path);
}
