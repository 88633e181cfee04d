using Microsoft.AspNetCore.Http;
using Portal.Core.Features;

namespace Portal.Core.Hosting;

/// <summary>Endpoints of a switched-off feature answer 404, as if they did not exist.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next, IFeatureManager features)
{
    public Task InvokeAsync(HttpContext context)
    {
        var required = context.GetEndpoint()?.Metadata.GetOrderedMetadata<RequireFeatureAttribute>();
        if (required is { Count: > 0 } && required.Any(r => !features.IsEnabled(r.FeatureId)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
