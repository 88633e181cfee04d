using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Portal.Contents.Routing;

/// <summary>
/// First path segments that other endpoints own ("admin", "error", "health"…). A page with such a slug would be
/// shadowed by that endpoint, so slugs must avoid them.
/// </summary>
public sealed class ReservedPaths(EndpointDataSource endpoints)
{
    private HashSet<string>? _segments;

    public bool IsReserved(string slug) => Segments().Contains(slug);

    private HashSet<string> Segments() => _segments ??= endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => e.RoutePattern.PathSegments.Count > 0 ? e.RoutePattern.PathSegments[0] : null)
        .Where(s => s is { IsSimple: true } && s.Parts[0] is RoutePatternLiteralPart)
        .Select(s => ((RoutePatternLiteralPart)s!.Parts[0]).Content)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
