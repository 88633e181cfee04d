using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Portal.Api.OpenApi;

/// <summary>The OpenAPI document of the content API, served at <see cref="Path"/>: its endpoints and the bearer token scheme.</summary>
internal static class ApiDocument
{
    /// <summary>The document's name; the API's controllers carry it as their ApiExplorer group, so nothing else is listed.</summary>
    public const string Name = "v1";
    public const string Path = "/api/openapi.json";
    private const string SchemeId = "bearer";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, o =>
        {
            o.ShouldInclude = description => description.GroupName == Name;
            o.AddDocumentTransformer((document, context, cancellationToken) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Portal: API de contenidos",
                    Version = Name,
                    Description = "Contenidos de cualquier tipo en JSON. Autenticación con un token personal: «Authorization: Bearer ptl_…».",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "Token personal creado por un administrador en /admin/tokens-api.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] }];
                return Task.CompletedTask;
            });
        });
}
