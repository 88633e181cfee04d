using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies.Networks;

namespace Portal.Syndication.Networks;

/// <summary>
/// Telegram Bot API to a channel where the bot is an administrator; an item's image goes as a photo whose caption
/// is the message. No server dedupe: a post whose outcome is unknown is found through its automatic forward into
/// the discussion group, which carries the tracking link. A 429 carries <c>retry_after</c>, obeyed exactly.
/// </summary>
public sealed class TelegramAdapter : INetworkAdapter
{
    private static readonly string[] MessageUpdates = ["message"];

    public SocialNetwork Network => SocialNetwork.Telegram;

    public bool RepeatIsSafe => false;

    public bool CanEdit => true;

    /// <summary>
    /// A photo with the message as its caption (Telegram has no alt text), or a text message. An answer goes to the
    /// channel's discussion group, under the message it answers (<see cref="TelegramMessages"/> for the id's form).
    /// </summary>
    public Task<SendOutcome> PostAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        delivery.Kind == DeliveryKind.Reply
            ? ReplyAsync(context, delivery, cancellationToken)
            : context.Image is { } image
            ? CallAsync(context, "sendPhoto", ImageContent.Form(image, "photo", ("chat_id", context.Channel.Account), ("caption", delivery.Text)), idempotent: false, cancellationToken)
            : CallAsync(context, "sendMessage", JsonContent.Create(new { chat_id = context.Channel.Account, text = delivery.Text }), idempotent: false, cancellationToken);

    public async Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Method(context, "getUpdates")) { Content = JsonContent.Create(new { allowed_updates = MessageUpdates }) };
        return await NetworkCall.FindAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return Classify(response, idempotent: true);
            }

            var forward = response.Json()?["result"]?.AsArray()
                .Select(u => u?["message"])
                .FirstOrDefault(m => m?["is_automatic_forward"]?.GetValue<bool>() == true
                    && (m["text"]?.ToString() ?? m["caption"]?.ToString() ?? "").Contains(delivery.Link, StringComparison.Ordinal));
            var id = forward?["forward_origin"]?["message_id"]?.ToString();
            return id is null ? null : response.Outcome() with { RemoteId = id, RemoteUrl = PostUrl(context, id) };
        }, cancellationToken);
    }

    /// <summary>
    /// A photo's words are its caption, edited with their own method. Whether the post is a photo is what the
    /// delivery recorded, not whether the file can still be read.
    /// </summary>
    public Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        delivery.ImageAssetId is null
            ? CallAsync(context, "editMessageText", JsonContent.Create(new { chat_id = context.Channel.Account, message_id = delivery.RemoteId, text = delivery.Text }), idempotent: true, cancellationToken)
            : CallAsync(context, "editMessageCaption", JsonContent.Create(new { chat_id = context.Channel.Account, message_id = delivery.RemoteId, caption = delivery.Text }), idempotent: true, cancellationToken);

    public Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken) =>
        CallAsync(context, "deleteMessage", JsonContent.Create(new { chat_id = context.Channel.Account, message_id = delivery.RemoteId }), idempotent: true, cancellationToken);

    private static async Task<SendOutcome> ReplyAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        if (TelegramMessages.Split(delivery.ReplyToRemoteId) is not { } target)
        {
            return new SendOutcome("sendMessage", null, null, 0) { Error = ErrorKind.Permanent, Message = $"Not a discussion-group message: {delivery.ReplyToRemoteId}." };
        }

        var outcome = await CallAsync(context, "sendMessage", JsonContent.Create(new { chat_id = target.Chat, text = delivery.Text, reply_parameters = new { message_id = target.Message } }), idempotent: false, cancellationToken);
        return outcome.RemoteId is { } id
            ? outcome with { RemoteId = TelegramMessages.Id(target.Chat, id), RemoteUrl = Link(context, $"c/{target.Chat.Replace("-100", "", StringComparison.Ordinal)}/{id}") }
            : outcome;
    }

    private static async Task<SendOutcome> CallAsync(AdapterContext context, string method, HttpContent body, bool idempotent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Method(context, method)) { Content = body };
        var outcome = await NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return Classify(response, idempotent);
            }

            // sendMessage and editMessageText answer the message; deleteMessage answers true.
            var id = response.Json()?["result"] is JsonObject message ? message["message_id"]?.ToString() : null;
            return response.Outcome() with { RemoteId = id, RemoteUrl = id is null ? null : PostUrl(context, id) };
        }, cancellationToken);

        // An edit or a deletion whose answer was lost is simply made again.
        return idempotent ? NetworkCall.Repeatable(outcome) : outcome;
    }

    internal static SendOutcome Classify(NetworkResponse response, bool idempotent)
    {
        var json = response.Json();
        var retryAfter = json?["parameters"]?["retry_after"]?.GetValue<int>();
        var outcome = NetworkCall.Classify(response, idempotent, json?["description"]?.ToString() ?? response.Status.ToString(),
            retryAfter is null ? null : DateTime.UtcNow.AddSeconds(retryAfter.Value));

        // A bot removed from the channel (403) needs someone to add it back, like a revoked token.
        return response.Code == 403 ? outcome with { Error = ErrorKind.Auth } : outcome;
    }

    internal static string Method(AdapterContext context, string method) => context.Url($"/bot{context.Credentials.AccessToken}/{method}");

    private static string PostUrl(AdapterContext context, string id) => Link(context, $"{context.Channel.Account.TrimStart('@')}/{id}");

    private static string Link(AdapterContext context, string path) =>
        context.Url("").Contains("api.telegram.org", StringComparison.Ordinal) ? $"https://t.me/{path}" : context.Url($"/{path}");
}
