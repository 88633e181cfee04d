using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace Portal.Contents.Routing;

/// <summary>
/// First path segments that other endpoints own ("admin", "error", "health"…). A page with such a slug would be
/// shadowed by that endpoint, so slugs must avoid them. The set follows the endpoints' change token: the setup
/// recipe runs before the web server has added its endpoints, and a set cached then would stay incomplete.
/// </summary>
public sealed class ReservedPaths(EndpointDataSource endpoints)
{
    private Snapshot? _cache;

    public bool IsReserved(string slug) => Segments().Contains(slug);

    private HashSet<string> Segments()
    {
        if (_cache is { Token.HasChanged: false } cache)
        {
            return cache.Segments;
        }

        var token = endpoints.GetChangeToken();
        var segments = endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments.Count > 0 ? e.RoutePattern.PathSegments[0] : null)
            .Where(s => s is { IsSimple: true } && s.Parts[0] is RoutePatternLiteralPart)
            .Select(s => ((RoutePatternLiteralPart)s!.Parts[0]).Content)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        _cache = new Snapshot(segments, token);
        return segments;
    }

    // A reference, so that concurrent saves read a whole snapshot or none.
    private sealed record Snapshot(HashSet<string> Segments, IChangeToken Token);
}
