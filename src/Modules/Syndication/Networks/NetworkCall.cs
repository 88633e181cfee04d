using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>A finished HTTP exchange as adapters read it.</summary>
public sealed record NetworkResponse(HttpStatusCode Status, string Body, System.Net.Http.Headers.HttpResponseHeaders Headers, string Endpoint, long LatencyMs)
{
    public int Code => (int)Status;

    public bool IsSuccess => Code is >= 200 and < 300;

    public JsonNode? Json()
    {
        try
        {
            return Body.Length == 0 ? null : JsonNode.Parse(Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public int? IntHeader(string name) => int.TryParse(Header(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public DateTime? EpochHeader(string name) =>
        long.TryParse(Header(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null;

    /// <summary>The answer as the attempt log keeps it, with Meta's usage when the network is Meta's.</summary>
    public SendOutcome Outcome() => new(Endpoint, Code, Truncate(Body), LatencyMs) { Usage = MetaUsage.Of(this) };

    private static string Truncate(string body) => body.Length <= DeliveryAttempt.BodyLength ? body : body[..DeliveryAttempt.BodyLength];
}

/// <summary>
/// Sends one request and classifies what cannot be read from a response: a failure to connect never reached the
/// network (transient); a timeout or a dropped connection after the request left may have been acted on (unknown).
/// </summary>
public static class NetworkCall
{
    public static async Task<(NetworkResponse? Response, SendOutcome? Failure)> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}";
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return (new NetworkResponse(response.StatusCode, body, response.Headers, endpoint, watch.ElapsedMilliseconds), null);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            return (null, new SendOutcome(endpoint, null, ex.Message, watch.ElapsedMilliseconds) { Error = ErrorKind.Transient, Message = ex.Message });
        }
        catch (BrokenCircuitException ex)
        {
            return (null, new SendOutcome(endpoint, null, ex.Message, watch.ElapsedMilliseconds) { Error = ErrorKind.Transient, Message = ex.Message });
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, new SendOutcome(endpoint, null, ex.Message, watch.ElapsedMilliseconds) { Error = ErrorKind.UnknownOutcome, Message = ex.Message });
        }
    }

    /// <summary>
    /// For a call whose repeat changes nothing anyone sees (an upload not yet attached to a post, a session): an
    /// answer lost on the way is simply asked for again.
    /// </summary>
    public static SendOutcome Repeatable(SendOutcome failure) =>
        failure.Error == ErrorKind.UnknownOutcome ? failure with { Error = ErrorKind.Transient } : failure;

    /// <summary>
    /// The classification shared by all networks: 401 needs a reconnect; 429 waits; a 5xx or 408 is retried blindly
    /// only when the call is idempotent, otherwise the post is looked for first; any other 4xx is final.
    /// </summary>
    public static SendOutcome Classify(NetworkResponse response, bool idempotent, string message, DateTime? retryAtUtc = null) =>
        response.Outcome() with
        {
            Message = message,
            RetryAtUtc = retryAtUtc,
            Error = response.Code switch
            {
                401 => ErrorKind.Auth,
                429 => ErrorKind.RateLimited,
                408 or >= 500 => idempotent ? ErrorKind.Transient : ErrorKind.UnknownOutcome,
                _ => ErrorKind.Permanent,
            },
        };
}
