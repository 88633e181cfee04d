using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>
/// Mastodon: <c>POST /api/v1/statuses</c> with the delivery's <c>Idempotency-Key</c>, so a repeat within the
/// server's hour returns the same status; the image is uploaded first with its alt text. Budget from
/// <c>X-RateLimit-*</c> (reset as an ISO time). An edit leaves the attachments as they are.
/// </summary>
public sealed class MastodonAdapter : INetworkAdapter
{
    private const int MediaPolls = 10;

    public SocialNetwork Network => SocialNetwork.Mastodon;

    public bool RepeatIsSafe => true;

    public bool CanEdit => true;

    public async Task<SendOutcome> PostAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        var status = new JsonObject { ["status"] = delivery.Text, ["visibility"] = "public", ["language"] = "es" };

        // An answer names the citizen at the start of its text (the answer service writes it), so that the server notifies them.
        if (delivery.Kind == DeliveryKind.Reply)
        {
            status["in_reply_to_id"] = delivery.ReplyToRemoteId;
        }

        if (context.Image is { } image)
        {
            var media = await UploadAsync(context, image, cancellationToken);
            if (!media.Succeeded)
            {
                return media;
            }

            status["media_ids"] = new JsonArray(media.RemoteId);
        }

        using var request = Request(context, HttpMethod.Post, "/api/v1/statuses");
        request.Headers.Add("Idempotency-Key", delivery.IdempotencyKey);
        request.Content = JsonContent.Create(status);
        return await SendAsync(context, request, idempotent: true, cancellationToken);
    }

    /// <summary>
    /// <c>POST /api/v2/media</c> with the alt text as <c>description</c>. A large file may answer 202 while the
    /// server processes it; a status naming it before then is refused, so it is polled until ready.
    /// </summary>
    private static async Task<SendOutcome> UploadAsync(AdapterContext context, AttachedImage image, CancellationToken cancellationToken)
    {
        using var request = Request(context, HttpMethod.Post, "/api/v2/media");
        request.Content = ImageContent.Form(image, "file", ("description", image.Alt));
        var upload = NetworkCall.Repeatable(await SendAsync(context, request, idempotent: true, cancellationToken));
        for (var poll = 0; upload is { Succeeded: true, Status: 202 or 206 } && poll < MediaPolls; poll++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), context.Clock, cancellationToken);
            using var check = Request(context, HttpMethod.Get, "/api/v1/media/" + Uri.EscapeDataString(upload.RemoteId ?? ""));
            upload = NetworkCall.Repeatable(await SendAsync(context, check, idempotent: true, cancellationToken)) with { RemoteId = upload.RemoteId };
        }

        return upload is { Succeeded: true, Status: 202 or 206 } ? upload with { Error = ErrorKind.Transient, Message = "Media still processing" } : upload;
    }

    /// <summary>
    /// Looks for the tracking link among the account's latest statuses. The key makes a repeat safe, so an unknown
    /// outcome is normally settled by posting again within the hour; this is for a post past its maximum age, which
    /// must not be posted again.
    /// </summary>
    public async Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var me = Request(context, HttpMethod.Get, "/api/v1/accounts/verify_credentials");
        var account = await NetworkCall.SendAsync(context.Http, me, response => response.IsSuccess
            ? response.Outcome() with { RemoteId = response.Json()?["id"]?.ToString() }
            : NetworkCall.Classify(response, idempotent: true, response.Status.ToString()), cancellationToken);
        if (!account.Succeeded)
        {
            return account;
        }

        using var list = Request(context, HttpMethod.Get, $"/api/v1/accounts/{Uri.EscapeDataString(account.RemoteId ?? "")}/statuses?limit=40");
        return await NetworkCall.FindAsync(context.Http, list, response =>
        {
            if (!response.IsSuccess)
            {
                return NetworkCall.Classify(response, idempotent: true, response.Status.ToString());
            }

            var status = (response.Json() as JsonArray)?.FirstOrDefault(s => s?["content"]?.ToString().Contains(delivery.Link, StringComparison.Ordinal) == true);
            return status is null ? null : response.Outcome() with { RemoteId = status["id"]?.ToString(), RemoteUrl = status["url"]?.ToString() };
        }, cancellationToken);
    }

    public async Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = Request(context, HttpMethod.Put, "/api/v1/statuses/" + Uri.EscapeDataString(delivery.RemoteId ?? ""));
        request.Content = JsonContent.Create(new { status = delivery.Text, language = "es" });
        return await SendAsync(context, request, idempotent: true, cancellationToken);
    }

    public async Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = Request(context, HttpMethod.Delete, "/api/v1/statuses/" + Uri.EscapeDataString(delivery.RemoteId ?? ""));
        var outcome = await SendAsync(context, request, idempotent: true, cancellationToken);
        return outcome.Status == 404 ? outcome with { Error = null } : outcome;
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
            var json = response.Json();
            return Outcome(response, idempotent) with { RemoteId = json?["id"]?.ToString(), RemoteUrl = json?["url"]?.ToString() };
        }, cancellationToken);

    /// <summary>The answer with the budget it reported (<c>X-RateLimit-*</c>, the reset as an ISO time); a refusal classified, to be called again at the reset.</summary>
    internal static SendOutcome Outcome(NetworkResponse response, bool idempotent)
    {
        var reset = DateTime.TryParse(response.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTime?)null;
        var budget = new RateBudget(response.IntHeader("X-RateLimit-Remaining"), reset);
        return response.IsSuccess
            ? response.Outcome() with { Budget = budget }
            : NetworkCall.Classify(response, idempotent, response.Json()?["error"]?.ToString() ?? response.Status.ToString(), reset) with { Budget = budget };
    }
}
