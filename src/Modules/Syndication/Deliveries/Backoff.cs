using System.Security.Cryptography;

namespace Portal.Syndication.Deliveries;

/// <summary>Exponential backoff with "equal jitter": half the delay fixed, half random, so retries of many deliveries spread out.</summary>
public static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan cap)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (RandomNumberGenerator.GetInt32(1000) / 1000.0 * capped / 2));
    }
}
