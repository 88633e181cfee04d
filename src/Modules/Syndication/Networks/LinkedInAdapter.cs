using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Syndication.Counting;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>
/// LinkedIn Posts API as an organization; an image goes through the Images API first and carries its alt text.
/// The commentary is escaped "little text". No idempotency key, but a repeat answers <c>422 DUPLICATE_POST</c>
/// naming the original URN, which is adopted; an unknown outcome is settled by listing the organization's posts
/// for the tracking link. An answer is a comment (see <see cref="CommentAsync"/>).
/// </summary>
public sealed partial class LinkedInAdapter : INetworkAdapter
{
    private const string ApiVersion = "202501";

    [GeneratedRegex(@"urn:li:(?:share|ugcPost):\d+")]
    private static partial Regex Urn();

    public SocialNetwork Network => SocialNetwork.LinkedIn;

    public bool RepeatIsSafe => false;

    public bool CanEdit => true;

    public async Task<SendOutcome> PostAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Kind == DeliveryKind.Reply)
        {
            return await CommentAsync(context, delivery, cancellationToken);
        }

        var post = new JsonObject
        {
            ["author"] = Author(context),
            ["commentary"] = LinkedInCounter.Escape(delivery.Text),
            ["visibility"] = "PUBLIC",
            ["distribution"] = new JsonObject { ["feedDistribution"] = "MAIN_FEED", ["targetEntities"] = new JsonArray(), ["thirdPartyDistributionChannels"] = new JsonArray() },
            ["lifecycleState"] = "PUBLISHED",
            ["isReshareDisabledByAuthor"] = false,
        };
        if (context.Image is { } image)
        {
            var upload = await UploadAsync(context, image, cancellationToken);
            if (!upload.Succeeded)
            {
                return upload;
            }

            post["content"] = new JsonObject { ["media"] = new JsonObject { ["id"] = upload.RemoteId, ["altText"] = image.Alt } };
        }

        using var request = Request(context, HttpMethod.Post, "/rest/posts");
        request.Content = JsonContent.Create(post);
        return await NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (response.IsSuccess)
            {
                var urn = response.Header("x-restli-id");
                return response.Outcome() with { RemoteId = urn, RemoteUrl = urn is null ? null : PostUrl(context, urn) };
            }

            var message = Message(response);
            if (response.Code == 422 && message.Contains("duplicate", StringComparison.OrdinalIgnoreCase) && Urn().Match(message) is { Success: true } original)
            {
                return response.Outcome() with { RemoteId = original.Value, RemoteUrl = PostUrl(context, original.Value) };
            }

            return Classify(response, idempotent: false);
        }, cancellationToken);
    }

    /// <summary>
    /// An answer is a comment on our post, nested under the comment it answers (<c>parentComment</c>); its text is
    /// plain, not the posts' "little text". The comment's URN is its id: what a later answer names as its parent.
    /// </summary>
    private static async Task<SendOutcome> CommentAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        var root = delivery.ReplyRootRemoteId ?? delivery.ReplyToRemoteId ?? "";
        var comment = new JsonObject { ["actor"] = Author(context), ["object"] = root, ["message"] = new JsonObject { ["text"] = delivery.Text } };
        if (delivery.ReplyToRemoteId is { } parent && parent != root)
        {
            comment["parentComment"] = parent;
        }

        using var request = Request(context, HttpMethod.Post, $"/rest/socialActions/{Uri.EscapeDataString(root)}/comments");
        request.Content = JsonContent.Create(comment);
        return await NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return Classify(response, idempotent: false);
            }

            var urn = response.Json()?["$URN"]?.ToString();
            return response.Outcome() with { RemoteId = urn, RemoteUrl = urn is null ? null : CommentUrl(context, root, urn) };
        }, cancellationToken);
    }

    /// <summary>
    /// Images API: <c>initializeUpload</c> names the image URN and an upload URL, which takes the bytes with a PUT.
    /// Nothing is public before the post names the image, so a lost answer is simply asked for again.
    /// </summary>
    private static async Task<SendOutcome> UploadAsync(AdapterContext context, AttachedImage image, CancellationToken cancellationToken)
    {
        using var initialize = Request(context, HttpMethod.Post, "/rest/images?action=initializeUpload");
        initialize.Content = JsonContent.Create(new JsonObject { ["initializeUploadRequest"] = new JsonObject { ["owner"] = Author(context) } });
        var initialized = NetworkCall.Repeatable(await NetworkCall.SendAsync(context.Http, initialize, response =>
            !response.IsSuccess ? Classify(response, idempotent: true)
            : response.Json()?["value"] is { } value && value["uploadUrl"]?.ToString() is { } uploadUrl && value["image"]?.ToString() is { } urn
                ? response.Outcome() with { RemoteId = urn, RemoteUrl = uploadUrl }
                : response.Outcome() with { Error = ErrorKind.Permanent, Message = Message(response) }, cancellationToken));
        if (!initialized.Succeeded)
        {
            return initialized;
        }

        // The image's URN is its id; its address, for now, is where the bytes go.
        using var put = new HttpRequestMessage(HttpMethod.Put, initialized.RemoteUrl) { Content = ImageContent.Bytes(image) };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Credentials.AccessToken);
        var uploaded = NetworkCall.Repeatable(await SimpleAsync(context, put, cancellationToken));
        return uploaded.Succeeded ? uploaded with { RemoteId = initialized.RemoteId } : uploaded;
    }

    public async Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = Request(context, HttpMethod.Get, $"/rest/posts?author={Uri.EscapeDataString(Author(context))}&q=author&count=50");
        return await NetworkCall.FindAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return Classify(response, idempotent: true);
            }

            var escapedLink = LinkedInCounter.Escape(delivery.Link);
            var post = response.Json()?["elements"]?.AsArray().FirstOrDefault(p => p?["commentary"]?.ToString() is { } text
                && (text.Contains(delivery.Link, StringComparison.Ordinal) || text.Contains(escapedLink, StringComparison.Ordinal)));
            var urn = post?["id"]?.ToString();
            return urn is null ? null : response.Outcome() with { RemoteId = urn, RemoteUrl = PostUrl(context, urn) };
        }, cancellationToken);
    }

    public async Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = Request(context, HttpMethod.Post, "/rest/posts/" + Uri.EscapeDataString(delivery.RemoteId ?? ""));
        request.Headers.Add("X-RestLi-Method", "PARTIAL_UPDATE");
        request.Content = JsonContent.Create(new JsonObject { ["patch"] = new JsonObject { ["$set"] = new JsonObject { ["commentary"] = LinkedInCounter.Escape(delivery.Text) } } });
        return await SimpleAsync(context, request, cancellationToken);
    }

    public async Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = Request(context, HttpMethod.Delete, "/rest/posts/" + Uri.EscapeDataString(delivery.RemoteId ?? ""));
        return await SimpleAsync(context, request, cancellationToken);
    }

    private static Task<SendOutcome> SimpleAsync(AdapterContext context, HttpRequestMessage request, CancellationToken cancellationToken) =>
        NetworkCall.SendAsync(context.Http, request, response => response.IsSuccess ? response.Outcome() : Classify(response, idempotent: true), cancellationToken);

    internal static HttpRequestMessage Request(AdapterContext context, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, context.Url(path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Credentials.AccessToken);
        request.Headers.Add("LinkedIn-Version", ApiVersion);
        request.Headers.Add("X-Restli-Protocol-Version", "2.0.0");
        return request;
    }

    internal static SendOutcome Classify(NetworkResponse response, bool idempotent)
    {
        var retryAfter = response.IntHeader("Retry-After");
        return NetworkCall.Classify(response, idempotent, Message(response), retryAfter is null ? DateTime.UtcNow.AddHours(1) : DateTime.UtcNow.AddSeconds(retryAfter.Value));
    }

    private static string Message(NetworkResponse response) => response.Json()?["message"]?.ToString() ?? response.Status.ToString();

    internal static string Author(AdapterContext context) =>
        context.Channel.Account.StartsWith("urn:", StringComparison.Ordinal) ? context.Channel.Account : "urn:li:organization:" + context.Channel.Account;

    private static string PostUrl(AdapterContext context, string urn) =>
        context.Url("").Contains("api.linkedin.com", StringComparison.Ordinal)
            ? $"https://www.linkedin.com/feed/update/{urn}/"
            : context.Url("/feed/update/" + urn);

    internal static string CommentUrl(AdapterContext context, string postUrn, string commentUrn) =>
        PostUrl(context, postUrn) + "?commentUrn=" + Uri.EscapeDataString(commentUrn);
}
