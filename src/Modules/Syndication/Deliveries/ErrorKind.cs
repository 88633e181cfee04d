namespace Portal.Syndication.Deliveries;

/// <summary>How a failed call is handled. Only <see cref="Transient"/> is retried blindly.</summary>
public enum ErrorKind
{
    /// <summary>The request never reached the network, or the call is idempotent: retry with backoff.</summary>
    Transient,

    /// <summary>The network may have acted (timeout, reset after sending): find the post before anything else.</summary>
    UnknownOutcome,

    /// <summary>No budget: wait until the reset; it is not an attempt.</summary>
    RateLimited,

    /// <summary>The credentials no longer work: the channel is blocked until reconnected.</summary>
    Auth,

    /// <summary>The network refused the message: retrying changes nothing.</summary>
    Permanent,

    /// <summary>
    /// The lookup could not read back to the delivery's time (more posts since than it may page through): whether the
    /// post went out is not known, and it is not sent blind. Staff check the account and retry it if it is not there.
    /// </summary>
    Unverifiable,

    /// <summary>Not sent within the maximum age: failed without a call, so stale news is not spread.</summary>
    Expired,
}
