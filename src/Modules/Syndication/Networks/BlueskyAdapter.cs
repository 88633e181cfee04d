using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.Media.Sharing;
using Portal.Syndication.Counting;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>
/// Bluesky: with the session kept in the channel's credentials (see <see cref="BlueskyTokenClient"/>), a post record
/// written under the record key fixed at enqueue, so a repeat cannot make a second post; links and hashtags
/// become facets at UTF-8 byte offsets, and the image an embed with its alt text.
/// </summary>
public sealed class BlueskyAdapter : INetworkAdapter
{
    private const string Collection = "app.bsky.feed.post";

    public SocialNetwork Network => SocialNetwork.Bluesky;

    public bool RepeatIsSafe => true;

    public bool CanEdit => true;

    public Task<SendOutcome> PostAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        WriteAsync(context, delivery, "com.atproto.repo.createRecord", cancellationToken);

    public async Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        var (session, failure) = Session(context);
        if (session is null)
        {
            return failure;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, context.Url(
            $"/xrpc/com.atproto.repo.getRecord?repo={Uri.EscapeDataString(session.Value.Did)}&collection={Collection}&rkey={Uri.EscapeDataString(delivery.IdempotencyKey)}"));
        var (response, error) = await NetworkCall.SendAsync(context.Http, request, cancellationToken);
        if (response is null)
        {
            return error;
        }

        if (response.IsSuccess)
        {
            return Found(context, response, session.Value.Did, delivery.IdempotencyKey);
        }

        return response.Code == 400 ? null : NetworkCall.Classify(response, idempotent: true, Message(response));
    }

    public Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        WriteAsync(context, delivery, "com.atproto.repo.putRecord", cancellationToken);

    public async Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        var (session, failure) = Session(context);
        if (session is null)
        {
            return failure!;
        }

        using var request = Authorized(context, session.Value, "com.atproto.repo.deleteRecord");
        request.Content = JsonContent.Create(new { repo = session.Value.Did, collection = Collection, rkey = delivery.IdempotencyKey });
        return await ReadAsync(context, request, session.Value.Did, delivery, cancellationToken);
    }

    private async Task<SendOutcome> WriteAsync(AdapterContext context, Delivery delivery, string method, CancellationToken cancellationToken)
    {
        var (session, failure) = Session(context);
        if (session is null)
        {
            return failure!;
        }

        var record = new JsonObject
        {
            ["$type"] = Collection,
            ["text"] = delivery.Text,
            ["createdAt"] = delivery.CreatedUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["langs"] = new JsonArray("es"),
            ["facets"] = new JsonArray([.. BlueskyFacets.Of(delivery.Text).Select(Facet)]),
        };

        // A record is written whole, so an edit sends the image again too.
        if (context.Image is { } image)
        {
            var (embed, blobFailure) = await EmbedAsync(context, session.Value, image, cancellationToken);
            if (embed is null)
            {
                return blobFailure!;
            }

            record["embed"] = embed;
        }

        using var request = Authorized(context, session.Value, method);
        request.Content = JsonContent.Create(new JsonObject
        {
            ["repo"] = session.Value.Did,
            ["collection"] = Collection,
            ["rkey"] = delivery.IdempotencyKey,
            ["record"] = record,
        });
        var outcome = await ReadAsync(context, request, session.Value.Did, delivery, cancellationToken);

        // A record already under our key is our post from an attempt whose answer was lost.
        if (outcome is { Status: 400, Error: not ErrorKind.Auth } && method.EndsWith("createRecord", StringComparison.Ordinal)
            && await FindAsync(context, delivery, cancellationToken) is { Succeeded: true } found)
        {
            return found;
        }

        return outcome;
    }

    private static async Task<SendOutcome> ReadAsync(AdapterContext context, HttpRequestMessage request, string did, Delivery delivery, CancellationToken cancellationToken)
    {
        var (response, failure) = await ExchangeAsync(context, request, cancellationToken);
        return response is null ? failure! : Found(context, response, did, delivery.IdempotencyKey) with { Budget = Budget(response) };
    }

    /// <summary>
    /// <c>uploadBlob</c> with the card's bytes, then an <c>app.bsky.embed.images</c> embed carrying the alt text and
    /// the aspect ratio (without it the app shows the image square). An unattached blob is discarded by the server.
    /// </summary>
    private static async Task<(JsonObject? Embed, SendOutcome? Failure)> EmbedAsync(AdapterContext context, (string AccessJwt, string Did) session, AttachedImage image, CancellationToken cancellationToken)
    {
        using var request = Authorized(context, session, "com.atproto.repo.uploadBlob");
        request.Content = ImageContent.Bytes(image);
        var (response, failure) = await ExchangeAsync(context, request, cancellationToken);
        if (response?.Json()?["blob"] is not JsonObject blob)
        {
            return (null, failure is null ? response!.Outcome() with { Error = ErrorKind.Permanent, Message = Message(response) } : NetworkCall.Repeatable(failure));
        }

        return (new JsonObject
        {
            ["$type"] = "app.bsky.embed.images",
            ["images"] = new JsonArray(new JsonObject
            {
                ["alt"] = image.Alt,
                ["image"] = blob.DeepClone(),
                ["aspectRatio"] = new JsonObject { ["width"] = SharedImageFile.Width, ["height"] = SharedImageFile.Height },
            }),
        }, null);
    }

    /// <returns>The successful response, or the classified failure.</returns>
    private static async Task<(NetworkResponse? Response, SendOutcome? Failure)> ExchangeAsync(AdapterContext context, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (response, failure) = await NetworkCall.SendAsync(context.Http, request, cancellationToken);
        if (response is null)
        {
            return (null, failure);
        }

        var budget = Budget(response);
        if (response.IsSuccess)
        {
            return (response, null);
        }

        // The reference PDS answers an expired access JWT with 400 ExpiredToken: the session is renewed and the call made again.
        if (response.Code == 401 || (response.Code == 400 && response.Json()?["error"]?.ToString() is "ExpiredToken" or "InvalidToken"))
        {
            return (null, response.Outcome() with { Error = ErrorKind.Auth, Message = Message(response), Budget = budget });
        }

        return (null, NetworkCall.Classify(response, idempotent: true, Message(response), budget.ResetUtc) with { Budget = budget });
    }

    private static RateBudget Budget(NetworkResponse response) => new(response.IntHeader("RateLimit-Remaining"), response.EpochHeader("RateLimit-Reset"));

    private static ((string AccessJwt, string Did)? Session, SendOutcome? Failure) Session(AdapterContext context) =>
        context.Credentials.Did is { Length: > 0 } did && context.Credentials.AccessToken.Length > 0
            ? ((context.Credentials.AccessToken, did), null)
            : (null, new SendOutcome("POST " + context.Url("/xrpc/com.atproto.server.createSession"), null, null, 0) { Error = ErrorKind.Auth, Message = "No Bluesky session." });

    private static HttpRequestMessage Authorized(AdapterContext context, (string AccessJwt, string Did) session, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, context.Url("/xrpc/" + method));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessJwt);
        return request;
    }

    private static SendOutcome Found(AdapterContext context, NetworkResponse response, string did, string rkey)
    {
        var appBase = context.Url("").Contains("bsky.social", StringComparison.Ordinal) ? "https://bsky.app" : context.Url("");
        return response.Outcome() with
        {
            RemoteId = response.Json()?["uri"]?.ToString() ?? $"at://{did}/{Collection}/{rkey}",
            RemoteUrl = $"{appBase}/profile/{context.Channel.Account}/post/{rkey}",
        };
    }

    private static JsonNode Facet(BlueskyFacet facet) => new JsonObject
    {
        ["index"] = new JsonObject { ["byteStart"] = facet.ByteStart, ["byteEnd"] = facet.ByteEnd },
        ["features"] = new JsonArray(facet.Uri is not null
            ? new JsonObject { ["$type"] = "app.bsky.richtext.facet#link", ["uri"] = facet.Uri }
            : new JsonObject { ["$type"] = "app.bsky.richtext.facet#tag", ["tag"] = facet.Tag }),
    };

    internal static string Message(NetworkResponse response)
    {
        var json = response.Json();
        return json?["message"]?.ToString() ?? json?["error"]?.ToString() ?? response.Status.ToString();
    }
}
