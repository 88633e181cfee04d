using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Cluster;

/// <summary>
/// Acts on a signal here at once and, on PostgreSQL, tells the other nodes with <c>NOTIFY</c>. Each node listens on
/// one dedicated connection of its own; when that connection drops, the node reconnects and catches up, since
/// PostgreSQL keeps no notification for a listener that was away.
/// </summary>
internal sealed class ClusterSignals(
    IEnumerable<IClusterSignalHandler> handlers,
    IOptions<DatabaseOptions> database,
    IUnitOfWorkRunner runner,
    TimeProvider time,
    ILogger<ClusterSignals> logger) : BackgroundService, IClusterSignals
{
    /// <summary>The PostgreSQL channel; notifications stay within one database, so sites sharing a server do not hear each other.</summary>
    public const string Channel = "portal_cluster";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    private readonly ILookup<string, IClusterSignalHandler> _handlers = handlers.ToLookup(h => h.Topic, StringComparer.Ordinal);
    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly Channel<ClusterMessage> _received = System.Threading.Channels.Channel.CreateUnbounded<ClusterMessage>(new() { SingleReader = true });
    private NpgsqlConnection? _listening;

    private bool Shared => database.Value.Provider == DatabaseProvider.Postgres;

    public async Task PublishAsync(IServiceProvider services, string topic, string payload, CancellationToken cancellationToken)
    {
        // The others first, so they work while this node does: its own update (a search index commit) takes time.
        if (Shared)
        {
            var message = JsonSerializer.Serialize(new ClusterMessage(_node, topic, payload));
            try
            {
                await services.GetRequiredService<PortalDbContext>().Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {message})", cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                // The change is committed; the others catch up later (search every five minutes, pages when they expire).
                logger.LogWarning(ex, "The other nodes could not be told of {Topic} {Payload}.", topic, payload);
            }
        }

        await HandleAsync(services, topic, payload, cancellationToken);
    }

    /// <summary>Listens before the server takes its first request, so a change made on another node from then on is heard.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Shared)
        {
            _listening = await ListenAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared ? Task.WhenAll(KeepListeningAsync(stoppingToken), ActOnReceivedAsync(stoppingToken)) : Task.CompletedTask;

    public override void Dispose()
    {
        _listening?.Dispose();
        base.Dispose();
    }

    private async Task KeepListeningAsync(CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_listening is null)
                {
                    _listening = await ListenAsync(stoppingToken);
                    retry = FirstRetry;
                    logger.LogInformation("Listening to other nodes' changes again; bringing this node back in step.");
                    await CatchUpAsync(stoppingToken);
                }

                while (true)
                {
                    await _listening.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                logger.LogWarning(ex, "The connection that hears other nodes' changes was lost; reconnecting in {Seconds} s.", retry.TotalSeconds);
                await DropListeningAsync();
                if (!await WaitAsync(retry, stoppingToken))
                {
                    break;
                }

                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
            }
        }

        await DropListeningAsync();
        _received.Writer.TryComplete();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        // Its own connection, out of the pool: LISTEN belongs to the session, and keepalives notice a dead peer.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.Value.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 10,
            ApplicationName = "Portal cluster signals",
        }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.Notification += (_, e) => Receive(e.Payload);
            await using var listen = new NpgsqlCommand($"LISTEN {Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <returns>False when the host stopped meanwhile.</returns>
    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task DropListeningAsync()
    {
        if (_listening is { } connection)
        {
            _listening = null;
            await connection.DisposeAsync();
        }
    }

    private void Receive(string payload)
    {
        ClusterMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<ClusterMessage>(payload);
        }
        catch (JsonException ex)
        {
            // Someone else notified on the channel: nothing a node of this site sent.
            logger.LogWarning(ex, "A notification on {Channel} is not a Portal signal: {Payload}", Channel, payload);
            return;
        }

        if (message is not null && message.Node != _node)
        {
            _received.Writer.TryWrite(message);
        }
    }

    // Notifications arrive on the listening connection's thread; the work runs here so that connection keeps reading.
    private async Task ActOnReceivedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in _received.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync((services, ct) => HandleAsync(services, message.Topic, message.Payload, ct), stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Acting on another node's change {Topic} {Payload} failed.", message.Topic, message.Payload);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task HandleAsync(IServiceProvider services, string topic, string payload, CancellationToken cancellationToken)
    {
        foreach (var handler in _handlers[topic])
        {
            await handler.HandleAsync(services, payload, cancellationToken);
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        foreach (var handler in _handlers.SelectMany(g => g))
        {
            try
            {
                await runner.RunAsync(handler.CatchUpAsync, stoppingToken);
            }
            catch (Exception ex) when (ex is not NpgsqlException && !stoppingToken.IsCancellationRequested)
            {
                // A database error means the connection is gone again: the caller reconnects and catches up anew.
                logger.LogError(ex, "Bringing {Topic} back in step after a lost connection failed.", handler.Topic);
            }
        }
    }

    private sealed record ClusterMessage(string Node, string Topic, string Payload);
}
