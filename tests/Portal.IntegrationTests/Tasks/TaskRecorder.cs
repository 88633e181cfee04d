using System.Collections.Concurrent;

namespace Portal.IntegrationTests.Tasks;

/// <summary>
/// Shared by every host of a fixture: what the test tasks did, which host ran them, and how many runs of one task
/// overlapped. Waiting is bounded so that a scheduler that never runs a task fails the test instead of hanging it.
/// </summary>
public sealed class TaskRecorder
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, Probe> _probes = new(StringComparer.Ordinal);

    public int Runs(string task) => Get(task).Runs;

    public int Started(string task) => Get(task).Started;

    public int MaxConcurrent(string task) => Get(task).MaxConcurrent;

    public IReadOnlyCollection<string> Hosts(string task) => [.. Get(task).Hosts.Keys];

    public int Cancelled(string task) => Get(task).Cancelled;

    /// <summary>Records one run: entered, held for <paramref name="hold"/> (so overlapping runs would show), left.</summary>
    public async Task RunAsync(string task, string host, TimeSpan hold, CancellationToken cancellationToken)
    {
        var probe = Get(task);
        probe.Enter(host);
        try
        {
            await Task.Delay(hold, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref probe.Cancelled);
            throw;
        }
        finally
        {
            probe.Leave();
        }
    }

    public Task WaitForRunsAsync(string task, int count) => WaitUntilAsync(() => Task.FromResult(Runs(task) >= count), $"{task} to run {count} time(s) (it ran {Runs(task)})");

    public Task WaitForStartAsync(string task, int count) => WaitUntilAsync(() => Task.FromResult(Started(task) >= count), $"{task} to start {count} time(s)");

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Gave up waiting for {what}.");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private Probe Get(string task) => _probes.GetOrAdd(task, _ => new Probe());

    private sealed class Probe
    {
        public readonly ConcurrentDictionary<string, bool> Hosts = new(StringComparer.Ordinal);
        public int Started;
        public int Runs;
        public int Cancelled;
        public int MaxConcurrent;
        private int _concurrent;

        public void Enter(string host)
        {
            Hosts[host] = true;
            Interlocked.Increment(ref Started);
            var now = Interlocked.Increment(ref _concurrent);
            int seen;
            while (now > (seen = Volatile.Read(ref MaxConcurrent)) && Interlocked.CompareExchange(ref MaxConcurrent, now, seen) != seen)
            {
            }
        }

        public void Leave()
        {
            Interlocked.Decrement(ref _concurrent);
            Interlocked.Increment(ref Runs);
        }
    }
}
