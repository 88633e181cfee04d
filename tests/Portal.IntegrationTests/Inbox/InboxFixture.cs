using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

/// <summary>A site with the inbox; on PostgreSQL it can start a second node on the same database.</summary>
public class InboxFixture : PortalFixture
{
    /// <summary>Another host on the same database with its own files, as a second node of the cluster is.</summary>
    public PortalHost SecondNode()
    {
        var host = new PortalHost(Database, AppDataPath + "-b", Logs);
        Configure(host);
        return host.Start();
    }
}
