namespace SocialSandbox.Citizens;

/// <summary>How a network that pushes (Facebook's <c>feed</c> webhook, Telegram's bot webhook) words and signs what a citizen did.</summary>
public interface IWebhookDialect
{
    string Network { get; }

    /// <summary>The event's body, or null when the network sends nothing for it (Telegram tells a bot of no deletion).</summary>
    string? Payload(string action, SandboxPost post, SandboxStore store);

    /// <summary>Signs the body with the secret; <paramref name="forge"/> signs it wrongly, as an impostor would.</summary>
    void Sign(HttpRequestMessage request, byte[] body, string secret, bool forge);
}
