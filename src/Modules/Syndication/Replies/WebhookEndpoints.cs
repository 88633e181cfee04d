using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Replies;

/// <summary>
/// <c>/webhooks/{channelId}</c>, the address a network pushes a channel's events to. A POST is checked for
/// authenticity over its raw bytes, stored as it came, and answered 200 at once; the readers process it afterwards,
/// so a slow import never makes the network retry. A forged or unsigned request is answered 401 and stores
/// nothing; the same event twice stores one. A GET answers Meta's subscription check.
/// </summary>
internal static class WebhookEndpoints
{
    public const string Path = "/webhooks/";

    /// <summary>Meta's events are a few kilobytes; anything far larger is not a webhook.</summary>
    private const int MaxBody = 1024 * 1024;

    public static string For(int channelId) => Path + channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path + "{channelId:int}", ReceiveAsync).DisableAntiforgery();
        endpoints.MapGet(Path + "{channelId:int}", Verify);
    }

    private static async Task<IResult> ReceiveAsync(int channelId, HttpContext http, IEnumerable<IWebhookReader> readers, CredentialProtector protector, IUnitOfWorkRunner runner, TimeProvider clock, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var channel = await services.GetRequiredService<PortalDbContext>().Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == channelId, cancellationToken);
        var reader = channel is null ? null : readers.FirstOrDefault(r => r.Network == channel.Network);
        if (channel is null || reader is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No channel here receives webhooks.");
        }

        if (await BodyAsync(http.Request, cancellationToken) is not { } body)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: "The event is larger than a webhook can be.");
        }

        var credentials = protector.Unprotect(channel.ProtectedCredentials);
        var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        if (!reader.IsAuthentic(new WebhookRequest(headers, body), new WebhookSecrets(credentials.WebhookSecret, credentials.WebhookVerifyToken)))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The event's signature does not match this channel's secret.");
        }

        var inbound = new InboundEvent
        {
            Network = channel.Network,
            ChannelId = channel.Id,
            EventId = reader.EventId(body),
            Payload = Encoding.UTF8.GetString(body),
            ReceivedUtc = clock.GetUtcNow().UtcDateTime,
            State = InboundEventState.Pending,
        };
        try
        {
            await runner.RunAsync(async (provider, ct) =>
            {
                var unitOfWork = provider.GetRequiredService<IUnitOfWork>();
                await unitOfWork.BeginAsync(ct);
                unitOfWork.Db.Add(inbound);
                ReplyWake.AfterInbound(unitOfWork);
            }, cancellationToken);
        }
        catch (Exception ex) when (UniqueViolation.Is(ex))
        {
            // The network sent the same event again (it retries what it thinks was lost): it is stored already.
        }

        return Results.Ok();
    }

    /// <summary>Meta's subscription check: the challenge is echoed only to a request carrying the channel's verify token.</summary>
    private static async Task<IResult> Verify(int channelId, HttpContext http, CredentialProtector protector, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var channel = await http.RequestServices.GetRequiredService<PortalDbContext>().Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == channelId, cancellationToken);
        var expected = channel is null ? null : protector.Unprotect(channel.ProtectedCredentials).WebhookVerifyToken;
        var given = query["hub.verify_token"].ToString();
        if (query["hub.mode"] != "subscribe" || string.IsNullOrEmpty(expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The verify token does not match this channel's.");
        }

        return Results.Text(query["hub.challenge"].ToString(), "text/plain");
    }

    private static async Task<byte[]?> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBody)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
