using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;
using Portal.Core.UnitOfWork;

namespace Portal.Syndication.Channels;

/// <summary>
/// With <c>Portal:Syndication:SandboxUrl</c> set, a site without channels gets one per network pointing at the
/// social sandbox, so cross-posting can be watched without any account.
/// </summary>
internal sealed class SandboxChannelsInitializer(IOptions<SyndicationOptions> options, TimeProvider clock) : IPortalInitializer
{
    /// <summary>What the sandbox's Facebook and Telegram channels check webhooks with; the sandbox is subscribed with the same.</summary>
    public const string SandboxWebhookSecret = "sandbox-webhook-secret";

    public const string SandboxVerifyToken = "sandbox-verify-token";

    public int Order => 50;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sandbox = options.Value.SandboxUrl?.TrimEnd('/');
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        if (string.IsNullOrEmpty(sandbox) || await unitOfWork.Db.Set<Channel>().AnyAsync(cancellationToken))
        {
            return;
        }

        var protector = services.GetRequiredService<CredentialProtector>();
        await unitOfWork.BeginAsync(cancellationToken);
        foreach (var network in Enum.GetValues<SocialNetwork>())
        {
            unitOfWork.Db.Add(new Channel
            {
                Network = network,
                Name = $"{network} (sandbox)",
                ApiBaseUrl = $"{sandbox}/{NetworkDefaults.SandboxPath(network)}",
                Account = network switch
                {
                    SocialNetwork.Mastodon => "portal",
                    SocialNetwork.Bluesky => "portal.sandbox",
                    SocialNetwork.Telegram => "@portal_canal",
                    SocialNetwork.Facebook => "100200300",
                    SocialNetwork.X => "4242",
                    _ => "5550001",
                },
                ProtectedCredentials = protector.Protect(new ChannelCredentials("sandbox-token", AppPassword: "sandbox-password")
                {
                    // The networks that push sign with these, so a demo site gets replies at once.
                    WebhookSecret = network is SocialNetwork.Facebook or SocialNetwork.Telegram ? SandboxWebhookSecret : null,
                    WebhookVerifyToken = network == SocialNetwork.Facebook ? SandboxVerifyToken : null,
                }),
                State = ChannelState.Active,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        await unitOfWork.CommitAsync(cancellationToken);
    }
}
