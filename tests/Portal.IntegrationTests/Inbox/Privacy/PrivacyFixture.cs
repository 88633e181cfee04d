using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Privacy;

/// <summary>
/// An inbox site with one social channel per network (pointing nowhere: the dispatcher and the reply readers are
/// off), so answers can be queued and checked without reaching a network.
/// </summary>
public sealed class PrivacyFixture : InboxFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:SandboxUrl", "http://127.0.0.1:9")
            .With("Portal:Syndication:DispatcherEnabled", "false")
            .With("Portal:Syndication:Replies:Enabled", "false");
    }
}
