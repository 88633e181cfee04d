using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Privacy;

/// <summary>
/// An inbox site with one social channel per network (pointing nowhere: the dispatcher and the reply readers are
/// off), so answers can be queued and checked without reaching a network. No receipts: one queued under a reply
/// between two reads of a test would be one more message and delivery than the test wrote.
/// </summary>
public sealed class PrivacyFixture : InboxFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:SandboxUrl", "http://127.0.0.1:9")
            .With("Portal:Syndication:DispatcherEnabled", "false")
            .With("Portal:Syndication:Replies:Enabled", "false")
            .With("Portal:Inbox:Acknowledge", "false");
    }
}
