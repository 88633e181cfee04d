namespace SocialSandbox;

/// <summary>
/// A fault injected into the next <see cref="Count"/> requests of one operation on one network.
/// Kinds: <c>status</c> (answer <see cref="Status"/> with the network's error body; 429 carries a reset
/// <see cref="RetryAfterSeconds"/> ahead), <c>slow</c> (wait <see cref="DelayMs"/>, then answer normally),
/// <c>hang</c> (never answer; the client times out; nothing is stored), <c>reset-after-accept</c> (store the
/// post, then drop the connection without an answer), <c>usage</c> (answer normally, reporting
/// <see cref="UsagePercent"/> in the network's usage headers: Meta's <c>X-App-Usage</c>). Any kind waits
/// <see cref="DelayMs"/> first when it is set (a slow refusal).
/// </summary>
public sealed record Fault(string Network, string Kind, string Operation = "create", int Status = 500, int RetryAfterSeconds = 0, int DelayMs = 0, string? Message = null, int Count = 1, int UsagePercent = 0);

/// <summary>A network's budget for one operation (publishing by default; <c>read</c> for the reads that bring replies home): at most <see cref="Limit"/> per <see cref="WindowSeconds"/>, then 429 until the window ends.</summary>
public sealed record RateLimit(string Network, int Limit, int WindowSeconds, string Operation = "create");

public sealed class FaultBook
{
    private readonly Lock _gate = new();
    private readonly List<Fault> _faults = [];
    private readonly Dictionary<string, RateLimit> _limits = [];
    private readonly Dictionary<string, DateTime> _windowStarts = [];

    public void Add(Fault fault)
    {
        lock (_gate)
        {
            _faults.Add(fault);
        }
    }

    public void SetLimit(RateLimit limit)
    {
        lock (_gate)
        {
            _limits[Key(limit.Network, limit.Operation)] = limit;
            _windowStarts[Key(limit.Network, limit.Operation)] = DateTime.UtcNow;
        }
    }

    /// <summary>Takes one use of the first fault that matches.</summary>
    public Fault? Take(string network, string operation)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.Network == network && f.Operation == operation);
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index];
            if (fault.Count <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = fault with { Count = fault.Count - 1 };
            }

            return fault;
        }
    }

    public bool HasLimit(string network, string operation)
    {
        lock (_gate)
        {
            return _limits.ContainsKey(Key(network, operation));
        }
    }

    /// <summary>The budget window for an operation on a network: its limit, when it ends, and when it started.</summary>
    public (int Limit, DateTime WindowStart, DateTime Reset) Window(string network, string operation = "create")
    {
        lock (_gate)
        {
            var key = Key(network, operation);
            var limit = _limits.GetValueOrDefault(key) ?? new RateLimit(network, 100_000, 300, operation);
            var start = _windowStarts.GetValueOrDefault(key, DateTime.UtcNow);
            while (start.AddSeconds(limit.WindowSeconds) <= DateTime.UtcNow)
            {
                start = start.AddSeconds(limit.WindowSeconds);
            }

            _windowStarts[key] = start;
            return (limit.Limit, start, start.AddSeconds(limit.WindowSeconds));
        }
    }

    private static string Key(string network, string operation) => network + "/" + operation;

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
            _limits.Clear();
            _windowStarts.Clear();
        }
    }
}
