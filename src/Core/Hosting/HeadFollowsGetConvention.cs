using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace Portal.Core.Hosting;

/// <summary>
/// Lets every controller GET answer HEAD as well. Razor Pages already fall back from HEAD to OnGet, but
/// <c>[HttpGet]</c> matches GET alone, and uptime monitors and link checkers ask with HEAD. Kestrel sends the
/// headers of the GET without its body.
/// </summary>
internal sealed class HeadFollowsGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            var constraint = selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault();
            if (constraint is null || !constraint.HttpMethods.Contains(HttpMethods.Get) || constraint.HttpMethods.Contains(HttpMethods.Head))
            {
                continue;
            }

            string[] methods = [.. constraint.HttpMethods, HttpMethods.Head];
            selector.ActionConstraints[selector.ActionConstraints.IndexOf(constraint)] = new HttpMethodActionConstraint(methods);
            var metadata = selector.EndpointMetadata.OfType<HttpMethodMetadata>().FirstOrDefault();
            if (metadata is not null)
            {
                selector.EndpointMetadata[selector.EndpointMetadata.IndexOf(metadata)] = new HttpMethodMetadata(methods, metadata.AcceptCorsPreflight);
            }
        }
    }
}
