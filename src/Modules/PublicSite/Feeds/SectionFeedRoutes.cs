using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Content;
using Portal.PublicSite.Sections;

namespace Portal.PublicSite.Feeds;

/// <summary>
/// Routes each section's feeds ("/videos/feed.xml", "/videos/atom.xml") at the prefix its type registered, as literal
/// routes so that they win over the type's own "/videos/{slug}". A section whose module is not installed gets none.
/// </summary>
internal sealed class SectionFeedRoutes(IContentDefinitionStore definitions) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var paths = PublicSections.All.Select(s => s.PathIn(definitions)).OfType<string>().ToList();
        options.Conventions.Add(new Convention(paths));
    }

    private sealed class Convention(IReadOnlyList<string> sectionPaths) : IActionModelConvention
    {
        public void Apply(ActionModel action)
        {
            var file = action.Controller.ControllerType != typeof(FeedController) ? null : action.ActionName switch
            {
                nameof(FeedController.SectionRss) => FeedPaths.RssFile,
                nameof(FeedController.SectionAtom) => FeedPaths.AtomFile,
                _ => null,
            };
            if (file is null)
            {
                return;
            }

            // The action declares no route of its own: its only addresses are these.
            action.Selectors.Clear();
            string[] methods = [HttpMethods.Get, HttpMethods.Head];
            foreach (var path in sectionPaths)
            {
                action.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel(new RouteAttribute(path.Trim('/') + "/" + file)),
                    ActionConstraints = { new HttpMethodActionConstraint(methods) },
                    EndpointMetadata = { new HttpMethodMetadata(methods) },
                });
            }
        }
    }
}
