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

    /// <summary>The answer as the attempt log keeps it. What a network reports beyond the status and the body (a budget, Meta's usage) its adapter adds.</summary>
    public SendOutcome Outcome() => new(Endpoint, Code, Truncate(Body), LatencyMs);

    private static string Truncate(string body) => body.Length <= DeliveryAttempt.BodyLength ? body : body[..DeliveryAttempt.BodyLength];
}

/// <summary>
/// Sends one request and hands its answer to the caller's reader, so a call has one outcome whatever happened. What
/// cannot be read from an answer is classified here: a failure to connect never reached the network (transient);
/// a timeout or a dropped connection after the request left may have been acted on (unknown).
/// </summary>
public static class NetworkCall
{
    /// <summary>A call whose answer always reads as an outcome (a post, an edit, an upload).</summary>
    public static Task<SendOutcome> SendAsync(HttpClient http, HttpRequestMessage request, Func<NetworkResponse, SendOutcome> read, CancellationToken cancellationToken) =>
        SendAsync(http, request, read, failure => failure, cancellationToken);

    /// <summary>A look-up: <paramref name="read"/> answers null when what it looks for is not there.</summary>
    public static Task<SendOutcome?> FindAsync(HttpClient http, HttpRequestMessage request, Func<NetworkResponse, SendOutcome?> read, CancellationToken cancellationToken) =>
        SendAsync<SendOutcome?>(http, request, read, failure => failure, cancellationToken);

    /// <summary>Sends the request; an answer goes to <paramref name="read"/>, an exchange that brought none to <paramref name="unanswered"/>.</summary>
    public static async Task<T> SendAsync<T>(HttpClient http, HttpRequestMessage request, Func<NetworkResponse, T> read, Func<SendOutcome, T> unanswered, CancellationToken cancellationToken)
    {
        var endpoint = $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}";
        var watch = Stopwatch.StartNew();
        NetworkResponse answer;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            answer = new NetworkResponse(response.StatusCode, body, response.Headers, endpoint, watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is BrokenCircuitException
            || ex is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError })
        {
            return unanswered(Unanswered(endpoint, watch, ex, ErrorKind.Transient));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return unanswered(Unanswered(endpoint, watch, ex, ErrorKind.UnknownOutcome));
        }

        return read(answer);
    }

    /// <summary>
    /// For a call whose repeat changes nothing anyone sees (an upload not yet attached to a post, a session): an
    /// answer lost on the way is simply asked for again.
    /// </summary>
    public static SendOutcome Repeatable(SendOutcome failure) =>
        failure.Error == ErrorKind.UnknownOutcome ? failure with { Error = ErrorKind.Transient } : failure;

    /// <summary>The answer as an error, with the network's own words and, for a refusal, when to call again (see <see cref="ErrorOf"/>).</summary>
    public static SendOutcome Classify(NetworkResponse response, bool idempotent, string message, DateTime? retryAtUtc = null) =>
        response.Outcome() with { Message = message, RetryAtUtc = retryAtUtc, Error = ErrorOf(response.Code, idempotent) };

    /// <summary>
    /// The classification shared by all networks: 401 needs a reconnect; 429 waits; a 5xx or 408 is retried blindly
    /// only when the call is idempotent, otherwise the post is looked for first; any other 4xx is final.
    /// </summary>
    public static ErrorKind ErrorOf(int status, bool idempotent) => status switch
    {
        401 => ErrorKind.Auth,
        429 => ErrorKind.RateLimited,
        408 or >= 500 => idempotent ? ErrorKind.Transient : ErrorKind.UnknownOutcome,
        _ => ErrorKind.Permanent,
    };

    private static SendOutcome Unanswered(string endpoint, Stopwatch watch, Exception ex, ErrorKind error) =>
        new(endpoint, null, ex.Message, watch.ElapsedMilliseconds) { Error = error, Message = ex.Message };
}
