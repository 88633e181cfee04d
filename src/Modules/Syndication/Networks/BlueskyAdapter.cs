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
        if (Session(context) is not { } session)
        {
            return NoSession(context);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, context.Url(
            $"/xrpc/com.atproto.repo.getRecord?repo={Uri.EscapeDataString(session.Did)}&collection={Collection}&rkey={Uri.EscapeDataString(delivery.IdempotencyKey)}"));
        return await NetworkCall.FindAsync(context.Http, request, response =>
            response.IsSuccess ? Found(context, response, session.Did, delivery.IdempotencyKey)
            : response.Code == 400 ? null
            : NetworkCall.Classify(response, idempotent: true, Message(response)), cancellationToken);
    }

    public Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        WriteAsync(context, delivery, "com.atproto.repo.putRecord", cancellationToken);

    public async Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        if (Session(context) is not { } session)
        {
            return NoSession(context);
        }

        using var request = Authorized(context, session, "com.atproto.repo.deleteRecord");
        request.Content = JsonContent.Create(new { repo = session.Did, collection = Collection, rkey = delivery.IdempotencyKey });
        return await ReadAsync(context, request, session.Did, delivery, cancellationToken);
    }

    private async Task<SendOutcome> WriteAsync(AdapterContext context, Delivery delivery, string method, CancellationToken cancellationToken)
    {
        if (Session(context) is not { } session)
        {
            return NoSession(context);
        }

        var record = new JsonObject
        {
            ["$type"] = Collection,
            ["text"] = delivery.Text,
            ["createdAt"] = delivery.CreatedUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["langs"] = new JsonArray("es"),
            ["facets"] = new JsonArray([.. BlueskyFacets.Of(delivery.Text).Select(Facet)]),
        };

        if (delivery.Kind == DeliveryKind.Reply && await ReplyAsync(context, session, delivery, record, cancellationToken) is { Succeeded: false } refs)
        {
            return refs;
        }

        // A record is written whole, so an edit sends the image again too.
        if (context.Image is { } image && await EmbedAsync(context, session, image, record, cancellationToken) is { Succeeded: false } upload)
        {
            return upload;
        }

        using var request = Authorized(context, session, method);
        request.Content = JsonContent.Create(new JsonObject
        {
            ["repo"] = session.Did,
            ["collection"] = Collection,
            ["rkey"] = delivery.IdempotencyKey,
            ["record"] = record,
        });
        var outcome = await ReadAsync(context, request, session.Did, delivery, cancellationToken);

        // A record already under our key is our post from an attempt whose answer was lost.
        if (outcome is { Status: 400, Error: not ErrorKind.Auth } && method.EndsWith("createRecord", StringComparison.Ordinal)
            && await FindAsync(context, delivery, cancellationToken) is { Succeeded: true } found)
        {
            return found;
        }

        return outcome;
    }

    private static Task<SendOutcome> ReadAsync(AdapterContext context, HttpRequestMessage request, string did, Delivery delivery, CancellationToken cancellationToken) =>
        ExchangeAsync(context, request, response => Found(context, response, did, delivery.IdempotencyKey) with { Budget = Budget(response) }, cancellationToken);

    /// <summary>
    /// <c>uploadBlob</c> with the card's bytes, then an <c>app.bsky.embed.images</c> embed in the record carrying the
    /// alt text and the aspect ratio (without it the app shows the image square). An unattached blob is discarded by
    /// the server, so a lost answer is simply asked for again.
    /// </summary>
    /// <returns>The upload's outcome; the record has its embed when it succeeded.</returns>
    private static async Task<SendOutcome> EmbedAsync(AdapterContext context, (string AccessJwt, string Did) session, AttachedImage image, JsonObject record, CancellationToken cancellationToken)
    {
        using var request = Authorized(context, session, "com.atproto.repo.uploadBlob");
        request.Content = ImageContent.Bytes(image);
        return NetworkCall.Repeatable(await ExchangeAsync(context, request, response =>
        {
            if (response.Json()?["blob"] is not JsonObject blob)
            {
                return response.Outcome() with { Error = ErrorKind.Permanent, Message = Message(response) };
            }

            record["embed"] = new JsonObject
            {
                ["$type"] = "app.bsky.embed.images",
                ["images"] = new JsonArray(new JsonObject
                {
                    ["alt"] = image.Alt,
                    ["image"] = blob.DeepClone(),
                    ["aspectRatio"] = new JsonObject { ["width"] = SharedImageFile.Width, ["height"] = SharedImageFile.Height },
                }),
            };
            return response.Outcome();
        }, cancellationToken));
    }

    /// <summary>
    /// An answer's <c>reply</c>: the conversation's root (our post) and the post answered, each a uri and the CID of
    /// the version answered. A CID the delivery lacks is read with <c>app.bsky.feed.getPosts</c>.
    /// </summary>
    /// <returns>The look-up's outcome (a success when nothing was missing); the record has its <c>reply</c> when it succeeded.</returns>
    private static async Task<SendOutcome> ReplyAsync(AdapterContext context, (string AccessJwt, string Did) session, Delivery delivery, JsonObject record, CancellationToken cancellationToken)
    {
        var (root, parent) = (delivery.ReplyRootRemoteId ?? delivery.ReplyToRemoteId ?? "", delivery.ReplyToRemoteId ?? "");
        var refs = new Dictionary<string, string?> { [root] = delivery.ReplyRootVersion };
        refs[parent] = refs.GetValueOrDefault(parent) ?? delivery.ReplyToVersion;
        var outcome = new SendOutcome(context.Url("/xrpc/app.bsky.feed.getPosts"), null, null, 0);
        if (refs.Any(r => r.Value is null))
        {
            var uris = string.Join('&', refs.Keys.Select(uri => "uris=" + Uri.EscapeDataString(uri)));
            using var request = Authorized(context, session, HttpMethod.Get, "app.bsky.feed.getPosts?" + uris);
            outcome = NetworkCall.Repeatable(await ExchangeAsync(context, request, response =>
            {
                foreach (var post in response.Json()?["posts"] as JsonArray ?? [])
                {
                    if (post?["uri"]?.ToString() is { } uri && refs.TryGetValue(uri, out var cid) && cid is null)
                    {
                        refs[uri] = post["cid"]?.ToString();
                    }
                }

                return response.Outcome() with { Budget = Budget(response) };
            }, cancellationToken));
            if (outcome.Succeeded && refs.FirstOrDefault(r => r.Value is null).Key is { } gone)
            {
                return outcome with { Error = ErrorKind.Permanent, Message = $"Post not found: {gone}" };
            }
        }

        record["reply"] = new JsonObject
        {
            ["root"] = new JsonObject { ["uri"] = root, ["cid"] = refs[root] },
            ["parent"] = new JsonObject { ["uri"] = parent, ["cid"] = refs[parent] },
        };
        return outcome;
    }

    /// <summary>A call whose successful answer <paramref name="read"/> reads; a refusal is classified here, with the budget it reported.</summary>
    internal static Task<SendOutcome> ExchangeAsync(AdapterContext context, HttpRequestMessage request, Func<NetworkResponse, SendOutcome> read, CancellationToken cancellationToken) =>
        NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (response.IsSuccess)
            {
                return read(response);
            }

            // The reference PDS answers an expired access JWT with 400 ExpiredToken: the session is renewed and the call made again.
            var budget = Budget(response);
            return response.Code == 401 || (response.Code == 400 && response.Json()?["error"]?.ToString() is "ExpiredToken" or "InvalidToken")
                ? response.Outcome() with { Error = ErrorKind.Auth, Message = Message(response), Budget = budget }
                : NetworkCall.Classify(response, idempotent: true, Message(response), budget.ResetUtc) with { Budget = budget };
        }, cancellationToken);

    internal static RateBudget Budget(NetworkResponse response) => new(response.IntHeader("RateLimit-Remaining"), response.EpochHeader("RateLimit-Reset"));

    /// <summary>The session's access JWT and DID, or null before the first session (see <see cref="NoSession"/>).</summary>
    internal static (string AccessJwt, string Did)? Session(AdapterContext context) =>
        context.Credentials.Did is { Length: > 0 } did && context.Credentials.AccessToken.Length > 0 ? (context.Credentials.AccessToken, did) : null;

    internal static SendOutcome NoSession(AdapterContext context) =>
        new("POST " + context.Url("/xrpc/com.atproto.server.createSession"), null, null, 0) { Error = ErrorKind.Auth, Message = "No Bluesky session." };

    private static HttpRequestMessage Authorized(AdapterContext context, (string AccessJwt, string Did) session, string method) =>
        Authorized(context, session, HttpMethod.Post, method);

    /// <param name="method">The XRPC method, with its query for a GET.</param>
    internal static HttpRequestMessage Authorized(AdapterContext context, (string AccessJwt, string Did) session, HttpMethod httpMethod, string method)
    {
        var request = new HttpRequestMessage(httpMethod, context.Url("/xrpc/" + method));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessJwt);
        return request;
    }

    private static SendOutcome Found(AdapterContext context, NetworkResponse response, string did, string rkey)
    {
        return response.Outcome() with
        {
            RemoteId = response.Json()?["uri"]?.ToString() ?? $"at://{did}/{Collection}/{rkey}",
            RemoteUrl = $"{AppBase(context)}/profile/{context.Channel.Account}/post/{rkey}",
        };
    }

    /// <summary>Where people see posts: the Bluesky app for the real network, the API's own address for a stand-in.</summary>
    internal static string AppBase(AdapterContext context) =>
        context.Url("").Contains("bsky.social", StringComparison.Ordinal) ? "https://bsky.app" : context.Url("");

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
