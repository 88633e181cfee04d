using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Messages;

namespace Portal.Syndication.Publishing;

/// <summary><c>/s/{code}</c>: counts the click and redirects to the item. The code also identifies the remote post.</summary>
internal static class TrackingLinks
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(TrackingCodes.Path + "{code:length(10)}", async (string code, PortalDbContext db, CancellationToken cancellationToken) =>
        {
            var target = await db.Set<Delivery>().Where(d => d.TrackingCode == code).Select(d => d.TargetUrl).FirstOrDefaultAsync(cancellationToken);
            if (target is null)
            {
                return Results.NotFound();
            }

            await db.Set<Delivery>().Where(d => d.TrackingCode == code).ExecuteUpdateAsync(s => s.SetProperty(d => d.Clicks, d => d.Clicks + 1), cancellationToken);
            return Results.Redirect(target);
        });
}
