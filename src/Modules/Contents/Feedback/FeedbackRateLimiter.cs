using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Portal.Contents.Feedback;

/// <summary>
/// A fixed window per client address, held in memory only: the address is the partition key while its window
/// lasts and is never written anywhere.
/// </summary>
public sealed class FeedbackRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public FeedbackRateLimiter(IOptions<FeedbackOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.PermitLimit,
            Window = TimeSpan.FromSeconds(o.WindowSeconds),
            QueueLimit = 0,
        }));
    }

    public bool TryAcquire(IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(address?.ToString() ?? "");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
