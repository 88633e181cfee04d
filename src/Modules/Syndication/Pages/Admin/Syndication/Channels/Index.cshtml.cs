using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Pages.Admin.Syndication.Channels;

/// <summary>
/// The channels' health: last success, last error, token expiry (and whether it renews by itself), rate budget, and
/// what waits or failed; above them, the channels that need someone to reconnect them, now or soon.
/// </summary>
[AuthorizePermission(Permissions.ManageChannelsName)]
public sealed class IndexModel(IUnitOfWork unitOfWork, ISiteSettingsStore settings, ChannelWarnings warnings, TimeProvider clock) : PageModel
{
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    public sealed record ChannelRow(Channel Channel, int Pending, int Failed, bool Renews, ChannelWarning? Warning);

    public IReadOnlyList<ChannelRow> Channels { get; private set; } = [];

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        _zone = TimeZoneInfo.FindSystemTimeZoneById((await settings.GetAsync<SiteOptions>(cancellationToken)).TimeZoneId);
        var db = unitOfWork.Db;
        var counts = await db.Set<Delivery>().GroupBy(d => new { d.ChannelId, d.State }).Select(g => new { g.Key.ChannelId, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        var channels = await db.Set<Channel>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Channels = [.. channels.Select(c =>
        {
            var renews = warnings.Renews(c);
            return new ChannelRow(
                c,
                counts.Where(x => x.ChannelId == c.Id && x.State is not DeliveryState.Sent and not DeliveryState.Failed).Sum(x => x.Count),
                counts.Where(x => x.ChannelId == c.Id && x.State == DeliveryState.Failed).Sum(x => x.Count),
                renews,
                ChannelWarning.Of(c, renews, Now));
        })];
    }

    public string Local(DateTime? utc) =>
        utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), _zone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("es-ES")) : "—";
}
