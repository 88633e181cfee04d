using Microsoft.AspNetCore.Routing;
using Portal.Core.Content;
using Portal.PublicSite.Sections;

namespace Portal.Themes.Default;

/// <summary>
/// The header's links, each shown only when some module answers at its address (the trámite and blog lists come
/// from their own modules, which a site may not run, at the prefix their type registered).
/// </summary>
public sealed class MainNavigation(EndpointDataSource endpoints, IContentDefinitionStore definitions)
{
    private IReadOnlyList<(string Path, string NameKey)>? _links;

    public IReadOnlyList<(string Path, string NameKey)> Links => _links ??=
        [.. Candidates().Where(c => endpoints.Endpoints.OfType<RouteEndpoint>().Any(e => Matches(e.RoutePattern.RawText, c.Path)))];

    private IEnumerable<(string Path, string NameKey)> Candidates()
    {
        if (PublicSections.Tramites.PathIn(definitions) is { } tramites)
        {
            yield return (tramites, "Nav_Tramites");
        }

        yield return ("/temas", "Nav_Topics");
        yield return ("/hechos-vitales", "Nav_LifeEvents");
        if (PublicSections.Blog.PathIn(definitions) is { } blog)
        {
            yield return (blog, "Nav_Blog");
        }
    }

    private static bool Matches(string? template, string path) =>
        template is not null && string.Equals("/" + template.Trim('/'), path, StringComparison.OrdinalIgnoreCase);
}
