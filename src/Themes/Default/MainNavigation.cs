using Microsoft.AspNetCore.Routing;

namespace Portal.Themes.Default;

/// <summary>
/// The header's links, each shown only when some module answers at its address (the trámite and blog lists come
/// from their own modules, which a site may not run).
/// </summary>
public sealed class MainNavigation(EndpointDataSource endpoints)
{
    private static readonly (string Path, string NameKey)[] Candidates =
    [
        ("/tramites", "Nav_Tramites"),
        ("/temas", "Nav_Topics"),
        ("/hechos-vitales", "Nav_LifeEvents"),
        ("/blog", "Nav_Blog"),
    ];

    private IReadOnlyList<(string Path, string NameKey)>? _links;

    public IReadOnlyList<(string Path, string NameKey)> Links => _links ??=
        [.. Candidates.Where(c => endpoints.Endpoints.OfType<RouteEndpoint>().Any(e => Matches(e.RoutePattern.RawText, c.Path)))];

    private static bool Matches(string? template, string path) =>
        template is not null && string.Equals("/" + template.Trim('/'), path, StringComparison.OrdinalIgnoreCase);
}
