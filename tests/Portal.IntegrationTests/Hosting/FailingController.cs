using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>Endpoints that throw, one under /api and one public page, to see what the pipeline makes of an unhandled exception.</summary>
[ApiController]
public sealed class FailingController : ControllerBase
{
    public const string ApiPath = "/api/pruebas/fallo";
    public const string PagePath = "/pruebas/fallo";

    /// <summary>Part of the exception message; it must never reach the client.</summary>
    public const string Secret = "detalle-interno-7f3a";

    [HttpGet(ApiPath)]
    public IActionResult Api() => throw new InvalidOperationException($"API failure {Secret} on {Request.Path}");

    [HttpGet(PagePath)]
    public IActionResult Page() => throw new InvalidOperationException($"Page failure {Secret} on {Request.Path}");
}

/// <summary>A fresh site whose MVC also discovers <see cref="FailingController"/> (the test assembly is not a module).</summary>
public sealed class FailingEndpointsFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services => services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly));
    }
}
