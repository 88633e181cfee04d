using Microsoft.AspNetCore.Http;

namespace Portal.Core.Hosting;

/// <summary>
/// TRACE, TRACK and CONNECT have no use on a web portal (TRACE echoes requests, a cross-site tracing aid), so they
/// answer 405 here, before any page could try, and fail, to handle them.
/// </summary>
internal sealed class UnsupportedMethodsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsTrace(method) && !HttpMethods.IsConnect(method) && !string.Equals(method, "TRACK", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
        return Task.CompletedTask;
    }
}
