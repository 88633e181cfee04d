using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>
/// X API v2 with an OAuth 2.0 user token; the image is uploaded and described before the post, and an answer names
/// the post it answers in <c>reply.in_reply_to_tweet_id</c>. No server dedupe
/// and no edits: an unknown outcome is settled by reading the account's timeline for the tracking link in
/// <c>entities.urls[].expanded_url</c>. Budget from <c>x-rate-limit-*</c> (epoch seconds; X sends no Retry-After).
/// </summary>
public sealed class XAdapter : INetworkAdapter
{
    public SocialNetwork Network => SocialNetwork.X;

    public bool RepeatIsSafe => false;

    public bool CanEdit => false;

    public async Task<SendOutcome> PostAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        var tweet = new JsonObject { ["text"] = delivery.Text };
        if (delivery.Kind == DeliveryKind.Reply)
        {
            tweet["reply"] = new JsonObject { ["in_reply_to_tweet_id"] = delivery.ReplyToRemoteId };
        }

        if (context.Image is { } image)
        {
            var media = await UploadAsync(context, image, cancellationToken);
            if (!media.Succeeded)
            {
                return media;
            }

            tweet["media"] = new JsonObject { ["media_ids"] = new JsonArray(media.RemoteId) };
        }

        using var request = Request(context, HttpMethod.Post, "/2/tweets");
        request.Content = JsonContent.Create(tweet);
        return await SendAsync(context, request, idempotent: false, cancellationToken);
    }

    /// <summary><c>POST /2/media/upload</c> (a 1200×630 JPEG fits the one-request upload), then its alt text through <c>/2/media/metadata</c>.</summary>
    private static async Task<SendOutcome> UploadAsync(AdapterContext context, AttachedImage image, CancellationToken cancellationToken)
    {
        using var upload = Request(context, HttpMethod.Post, "/2/media/upload");
        upload.Content = ImageContent.Form(image, "media", ("media_category", "tweet_image"));
        var media = NetworkCall.Repeatable(await SendAsync(context, upload, idempotent: true, cancellationToken));
        if (!media.Succeeded)
        {
            return media;
        }

        using var metadata = Request(context, HttpMethod.Post, "/2/media/metadata");
        metadata.Content = JsonContent.Create(new JsonObject
        {
            ["id"] = media.RemoteId,
            ["metadata"] = new JsonObject { ["alt_text"] = new JsonObject { ["text"] = image.Alt } },
        });
        var described = NetworkCall.Repeatable(await SendAsync(context, metadata, idempotent: true, cancellationToken));
        return described.Succeeded ? media : described;
    }

    /// <summary>The account's posts since the lookup window's start (<c>start_time</c>), 100 a page, following <c>next_token</c>.</summary>
    public Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        PostSearch.FindAsync(context, cursor =>
        {
            var query = "max_results=100&tweet.fields=entities";
            if (context.Lookup.SinceUtc > DateTime.UnixEpoch)
            {
                query += "&start_time=" + Uri.EscapeDataString(context.Lookup.SinceUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (cursor is not null)
            {
                query += "&pagination_token=" + Uri.EscapeDataString(cursor);
            }

            return Request(context, HttpMethod.Get, $"/2/users/{Uri.EscapeDataString(context.Channel.Account)}/tweets?{query}");
        }, response =>
        {
            if (!response.IsSuccess)
            {
                return new TimelinePage(Classify(response, idempotent: true), null);
            }

            var json = response.Json();
            var tweet = json?["data"]?.AsArray().FirstOrDefault(t =>
                t?["entities"]?["urls"]?.AsArray().Any(u => u?["expanded_url"]?.ToString() == delivery.Link) == true);
            var id = tweet?["id"]?.ToString();
            return id is not null
                ? new TimelinePage(response.Outcome() with { RemoteId = id, RemoteUrl = PostUrl(context, id) }, null)
                : new TimelinePage(null, json?["meta"]?["next_token"]?.ToString());
        }, cancellationToken);

    /// <summary>X has no edit through the API; the caller deletes and posts again instead.</summary>
    public Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        throw new NotSupportedException("X posts cannot be edited.");

    public async Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = Request(context, HttpMethod.Delete, "/2/tweets/" + Uri.EscapeDataString(delivery.RemoteId ?? ""));
        return await SendAsync(context, request, idempotent: true, cancellationToken);
    }

    internal static HttpRequestMessage Request(AdapterContext context, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, context.Url(path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Credentials.AccessToken);
        return request;
    }

    private static Task<SendOutcome> SendAsync(AdapterContext context, HttpRequestMessage request, bool idempotent, CancellationToken cancellationToken) =>
        NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return Classify(response, idempotent);
            }

            var id = response.Json()?["data"]?["id"]?.ToString();
            return response.Outcome() with { RemoteId = id, RemoteUrl = id is null ? null : PostUrl(context, id), Budget = Budget(response) };
        }, cancellationToken);

    internal static SendOutcome Classify(NetworkResponse response, bool idempotent)
    {
        var json = response.Json();
        var message = json?["detail"]?.ToString() ?? json?["errors"]?[0]?["message"]?.ToString() ?? response.Status.ToString();
        var budget = Budget(response);
        return NetworkCall.Classify(response, idempotent, message, budget.ResetUtc) with { Budget = budget };
    }

    internal static RateBudget Budget(NetworkResponse response) =>
        new(response.IntHeader("x-rate-limit-remaining"), response.EpochHeader("x-rate-limit-reset"));

    internal static string PostUrl(AdapterContext context, string id) =>
        context.Url("").Contains("api.x.com", StringComparison.Ordinal) ? $"https://x.com/i/web/status/{id}" : context.Url($"/i/web/status/{id}");
}
