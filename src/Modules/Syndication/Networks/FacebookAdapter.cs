using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>
/// A Facebook Page through the Graph API with a Page token. No server dedupe: an unknown outcome is settled by
/// reading the page's posts for the tracking link. Every answer carries Meta's usage (<see cref="MetaUsage"/>, read
/// by <see cref="Answer"/>), so the channel pauses before Meta throttles it; throttling codes
/// (4, 17, 32, 613, 80001–80014) wait for <c>estimated_time_to_regain_access</c> when given; code 190 is an invalid token.
/// </summary>
public sealed class FacebookAdapter : INetworkAdapter
{
    public SocialNetwork Network => SocialNetwork.Facebook;

    public bool RepeatIsSafe => false;

    public bool CanEdit => true;

    /// <summary>
    /// A photo post with the message and the alt text, the file sent in the request (Meta fetching it from our
    /// address is what fails when the site is not reachable from outside); without an image, a link post. An answer
    /// is the page's comment under the post or comment it answers.
    /// </summary>
    public Task<SendOutcome> PostAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        delivery.Kind == DeliveryKind.Reply
            ? CallAsync(context, HttpMethod.Post, $"/{delivery.ReplyToRemoteId}/comments", Form(context, new() { ["message"] = delivery.Text }), idempotent: false, cancellationToken)
            : context.Image is { } image
            ? CallAsync(context, HttpMethod.Post, $"/{context.Channel.Account}/photos",
                ImageContent.Form(image, "source", ("message", delivery.Text), ("alt_text_custom", image.Alt), ("published", "true"), ("access_token", context.Credentials.AccessToken)),
                idempotent: false, cancellationToken)
            : CallAsync(context, HttpMethod.Post, $"/{context.Channel.Account}/feed", Form(context, new() { ["message"] = delivery.Text, ["link"] = delivery.Link }), idempotent: false, cancellationToken);

    /// <summary>The page's posts since the lookup window's start (Graph's <c>since</c>), 100 a page, following the <c>after</c> cursor.</summary>
    public Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        PostSearch.FindAsync(context, cursor =>
        {
            var since = new DateTimeOffset(DateTime.SpecifyKind(context.Lookup.SinceUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();
            var query = $"fields=id,message,permalink_url&limit=100&since={Math.Max(since, 0)}&access_token={Uri.EscapeDataString(context.Credentials.AccessToken)}";
            return new HttpRequestMessage(HttpMethod.Get, context.Url(
                $"/{context.Channel.Account}/posts?{query}{(cursor is null ? "" : "&after=" + Uri.EscapeDataString(cursor))}"));
        }, response =>
        {
            if (!response.IsSuccess)
            {
                return new TimelinePage(Classify(response, idempotent: true), null);
            }

            var json = response.Json();
            var post = json?["data"]?.AsArray().FirstOrDefault(p => p?["message"]?.ToString().Contains(delivery.Link, StringComparison.Ordinal) == true);
            return post is not null
                ? new TimelinePage(Answer(response) with { RemoteId = post["id"]?.ToString(), RemoteUrl = post["permalink_url"]?.ToString() }, null)
                : new TimelinePage(null, json?["paging"]?["next"] is null ? null : json["paging"]?["cursors"]?["after"]?.ToString());
        }, cancellationToken);

    public Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        CallAsync(context, HttpMethod.Post, "/" + delivery.RemoteId, Form(context, new() { ["message"] = delivery.Text }), idempotent: true, cancellationToken);

    public Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        CallAsync(context, HttpMethod.Delete, "/" + delivery.RemoteId, Form(context, []), idempotent: true, cancellationToken);

    private static FormUrlEncodedContent Form(AdapterContext context, Dictionary<string, string> fields)
    {
        fields["access_token"] = context.Credentials.AccessToken;
        return new FormUrlEncodedContent(fields);
    }

    private static async Task<SendOutcome> CallAsync(AdapterContext context, HttpMethod method, string path, HttpContent body, bool idempotent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, context.Url(path)) { Content = body };
        return await NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return Classify(response, idempotent);
            }

            // A photo answers its own id and the feed post's; the post is what citizens see and comment on.
            var json = response.Json();
            var id = json?["post_id"]?.ToString() ?? json?["id"]?.ToString();
            return Answer(response) with { RemoteId = id, RemoteUrl = id is null ? null : PostUrl(context, id) };
        }, cancellationToken);
    }

    /// <summary>Any answer, success or error, with the usage Meta reported in it.</summary>
    internal static SendOutcome Answer(NetworkResponse response) => response.Outcome() with { Usage = MetaUsage.Of(response) };

    internal static SendOutcome Classify(NetworkResponse response, bool idempotent)
    {
        var error = response.Json()?["error"];
        var code = error?["code"]?.GetValue<int>() ?? 0;
        return Answer(response) with
        {
            Message = error?["message"]?.ToString() ?? response.Status.ToString(),
            Error = code switch
            {
                // The dispatcher pauses the channel for Meta's estimate, or for the configured time without one.
                4 or 17 or 32 or 613 or (>= 80001 and <= 80014) => ErrorKind.RateLimited,
                190 => ErrorKind.Auth,
                _ => NetworkCall.ErrorOf(response.Code, idempotent),
            },
        };
    }

    private static string PostUrl(AdapterContext context, string id) =>
        context.Url("").Contains("graph.facebook.com", StringComparison.Ordinal) ? $"https://www.facebook.com/{id}" : $"{new Uri(context.Url("")).GetLeftPart(UriPartial.Authority)}/facebook/{id}";
}
