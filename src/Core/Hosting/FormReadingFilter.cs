using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Core.Hosting;

/// <summary>
/// Reads a posted form before model binding does. Binding swallows a form it cannot read (over the size limit,
/// a NUL byte) and runs the action with null arguments; read here, the failure is an exception that the exception
/// handler turns into the status it stands for (<see cref="RequestFailures"/>): 413 or 400, not a 500 later on.
/// </summary>
internal sealed class FormReadingFilter : IAsyncResourceFilter, IOrderedFilter
{
    // After [RequestSizeLimit] and [RequestFormLimits] (900), so their limits apply.
    public int Order => 1000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        // The error page re-executes the failed request: its body is gone, and reading it again would fail again.
        var reExecuted = http.Features.Get<IExceptionHandlerFeature>() is not null || http.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (http.Request.HasFormContentType && !reExecuted)
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }

        await next();
    }
}
