using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Users.SignIn;

/// <summary>An attempt counted against its client until it succeeds.</summary>
public sealed record SignInAttempt(string Client, DateTime StartedUtc);

/// <summary>
/// Counts failed sign-ins per client over a sliding window. Successful sign-ins do not count, so colleagues behind
/// one address are not slowed by each other; an attempt is counted from its start, so parallel guesses cannot get
/// past the limit while their passwords are being checked. Each node counts the clients it sees.
/// </summary>
/// <remarks>
/// ASP.NET Core's rate limiters count every request and cannot give a permit back, which would count successes.
/// Clients are told apart by address; an IPv6 client by its /64, the block one subscriber usually holds.
/// </remarks>
public sealed class SignInThrottle(IOptions<SignInLimits> options, TimeProvider time, ILogger<SignInThrottle> logger)
{
    private readonly Dictionary<string, List<DateTime>> _clients = [];
    private DateTime _nextSweepUtc;

    /// <summary>Counts an attempt, or refuses it when the client has no failures left in the window.</summary>
    /// <param name="retryAfter">When refused, how long until the client's oldest failure leaves the window.</param>
    public bool TryBegin(IPAddress? address, [NotNullWhen(true)] out SignInAttempt? attempt, out TimeSpan retryAfter)
    {
        var limits = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var client = ClientOf(address);
        lock (_clients)
        {
            SweepIfDue(now, limits.ClientWindow);
            if (!_clients.TryGetValue(client, out var starts))
            {
                starts = [];
                _clients[client] = starts;
            }

            starts.RemoveAll(t => t <= now - limits.ClientWindow);
            if (starts.Count >= limits.ClientFailures)
            {
                attempt = null;
                retryAfter = starts.Min() + limits.ClientWindow - now;
                return false;
            }

            starts.Add(now);
        }

        attempt = new SignInAttempt(client, now);
        retryAfter = TimeSpan.Zero;
        return true;
    }

    /// <summary>The attempt signed someone in: it no longer counts against its client.</summary>
    public void Succeeded(SignInAttempt attempt)
    {
        lock (_clients)
        {
            if (_clients.TryGetValue(attempt.Client, out var starts))
            {
                starts.Remove(attempt.StartedUtc);
            }
        }
    }

    /// <summary>The attempt failed and stays counted; the failure that uses up the client's allowance is logged.</summary>
    public void Failed(SignInAttempt attempt)
    {
        var limits = options.Value;
        int count;
        lock (_clients)
        {
            count = _clients.TryGetValue(attempt.Client, out var starts) ? starts.Count : 0;
        }

        if (count == limits.ClientFailures)
        {
            logger.LogWarning("The client {Client} failed to sign in {Failures} times within {Window}; it is refused until its oldest failure is older than that.",
                attempt.Client, count, limits.ClientWindow);
        }
    }

    /// <summary>Forgets clients with nothing left in the window, at most once a window, so the table stays small.</summary>
    private void SweepIfDue(DateTime now, TimeSpan window)
    {
        if (now < _nextSweepUtc)
        {
            return;
        }

        foreach (var (client, starts) in _clients)
        {
            if (starts.TrueForAll(t => t <= now - window))
            {
                _clients.Remove(client);
            }
        }

        _nextSweepUtc = now + window;
    }

    private static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
