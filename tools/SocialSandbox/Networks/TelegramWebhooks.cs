using SocialSandbox.Citizens;

namespace SocialSandbox.Networks;

/// <summary>
/// The bot's webhook: each update as <c>getUpdates</c> would give it, with the secret token the bot set in
/// <c>X-Telegram-Bot-Api-Secret-Token</c>. A deletion sends nothing: Telegram tells bots of none.
/// </summary>
public sealed class TelegramWebhooks(TelegramUpdates updates) : IWebhookDialect
{
    public string Network => "telegram";

    public string? Payload(string action, SandboxPost post, SandboxStore store) => action switch
    {
        "post" or "reply" => updates.Of(post)?.ToJsonString(),
        "edit" => updates.Edit(post)?.ToJsonString(),
        _ => null,
    };

    public void Sign(HttpRequestMessage request, byte[] body, string secret, bool forge) =>
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", forge ? secret + "-forged" : secret);
}
