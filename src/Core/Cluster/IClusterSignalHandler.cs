namespace Portal.Core.Cluster;

/// <summary>What a node does with one topic of <see cref="IClusterSignals"/>. Register with <c>AddClusterSignalHandler</c>.</summary>
public interface IClusterSignalHandler
{
    string Topic { get; }

    /// <summary>Acts on one signal, on the node that raised it and on every other; <paramref name="services"/> is a scope with its unit of work.</summary>
    Task HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken);

    /// <summary>Brings this node back in step after it may have missed signals (its connection to the database dropped).</summary>
    Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken);
}
