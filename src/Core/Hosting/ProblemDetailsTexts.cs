using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Portal.Core.Hosting;

/// <summary>API errors speak Spanish too: the title of a Problem Details response comes from the framework's resources.</summary>
internal static class ProblemDetailsTexts
{
    public static void Apply(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        var S = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<CoreResources>>();
        var title = S[$"Problem_{status}"];
        context.ProblemDetails.Title = title.ResourceNotFound ? S["Problem_Other"] : title.Value;
    }
}
