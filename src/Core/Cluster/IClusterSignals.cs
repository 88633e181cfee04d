namespace Portal.Core.Cluster;

/// <summary>
/// Tells every node of the site that something it keeps in memory (cached pages, settings, switches, its search
/// index) changed in the database. On PostgreSQL the other nodes hear it within a second; on SQLite there is only
/// this node.
/// </summary>
public interface IClusterSignals
{
    /// <summary>
    /// Tells the other nodes, then acts on the signal on this node before returning. Call it once the change has
    /// committed (from <c>IUnitOfWork.AfterCommit</c>), so no node acts on what may still roll back.
    /// </summary>
    Task PublishAsync(IServiceProvider services, string topic, string payload, CancellationToken cancellationToken);
}
