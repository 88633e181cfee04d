using System.Globalization;
using System.Text.Json.Nodes;

namespace SocialSandbox;

/// <summary>How one network words its errors and its rate-limit headers.</summary>
public abstract class NetworkDialect
{
    public abstract string Name { get; }

    public abstract IResult Error(HttpContext context, int status, string message, DateTime resetUtc);

    public virtual void RateHeaders(HttpResponse response, int limit, int remaining, DateTime resetUtc)
    {
    }

    /// <summary>The answer to an access token that has expired or was never issued.</summary>
    public virtual Outcome ExpiredToken(HttpContext context) => new(Error(context, 401, DefaultMessage(401), DateTime.UtcNow), 401);

    /// <summary>Usage headers some networks put on every answer; <paramref name="percent"/> is an injected figure, null for the ordinary one.</summary>
    public virtual void UsageHeaders(HttpResponse response, int? percent)
    {
    }

    public virtual string DefaultMessage(int status) => status switch
    {
        400 => "Validation failed",
        401 => "The access token is invalid",
        429 => "Too many requests",
        _ => "Internal server error",
    };

    protected static string Epoch(DateTime utc) => new DateTimeOffset(utc).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    protected static int SecondsUntil(DateTime utc) => Math.Max(1, (int)Math.Ceiling((utc - DateTime.UtcNow).TotalSeconds));

    protected static IResult Json(JsonNode body, int status) => Results.Json(body, statusCode: status);
}

public sealed class MastodonDialect : NetworkDialect
{
    public override string Name => "mastodon";

    public override IResult Error(HttpContext context, int status, string message, DateTime resetUtc)
    {
        if (status == 429)
        {
            RateHeaders(context.Response, 300, 0, resetUtc);
        }

        return Json(new JsonObject { ["error"] = message }, status == 400 ? 422 : status);
    }

    public override void RateHeaders(HttpResponse response, int limit, int remaining, DateTime resetUtc)
    {
        response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = resetUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
    }
}

public sealed class BlueskyDialect : NetworkDialect
{
    public override string Name => "bluesky";

    public override IResult Error(HttpContext context, int status, string message, DateTime resetUtc)
    {
        if (status == 429)
        {
            RateHeaders(context.Response, 5000, 0, resetUtc);
        }

        var error = status switch { 400 => "InvalidRequest", 401 => "AuthenticationRequired", 429 => "RateLimitExceeded", _ => "InternalServerError" };
        return Json(new JsonObject { ["error"] = error, ["message"] = message }, status);
    }

    /// <summary>The reference PDS answers an expired access JWT with 400 <c>ExpiredToken</c>, keeping 401 for a missing one.</summary>
    public override Outcome ExpiredToken(HttpContext context) =>
        new(Json(new JsonObject { ["error"] = "ExpiredToken", ["message"] = "Token has expired" }, 400), 400);

    public override void RateHeaders(HttpResponse response, int limit, int remaining, DateTime resetUtc)
    {
        response.Headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Reset"] = Epoch(resetUtc);
    }
}

public sealed class XDialect : NetworkDialect
{
    public override string Name => "x";

    public override IResult Error(HttpContext context, int status, string message, DateTime resetUtc)
    {
        if (status == 429)
        {
            RateHeaders(context.Response, 100, 0, resetUtc);
        }

        var title = status switch { 400 => "Invalid Request", 401 => "Unauthorized", 429 => "Too Many Requests", _ => "Internal Server Error" };
        return Json(new JsonObject { ["title"] = title, ["detail"] = message, ["type"] = "about:blank", ["status"] = status }, status);
    }

    public override void RateHeaders(HttpResponse response, int limit, int remaining, DateTime resetUtc)
    {
        response.Headers["x-rate-limit-limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["x-rate-limit-remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["x-rate-limit-reset"] = Epoch(resetUtc);
    }
}

public sealed class TelegramDialect : NetworkDialect
{
    public override string Name => "telegram";

    public override string DefaultMessage(int status) => status switch
    {
        400 => "Bad Request: message is too long",
        401 => "Unauthorized",
        429 => "Too Many Requests",
        _ => "Internal Server Error",
    };

    public override IResult Error(HttpContext context, int status, string message, DateTime resetUtc)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = message };
        if (status == 429)
        {
            var seconds = SecondsUntil(resetUtc);
            body["description"] = $"{message}: retry after {seconds}";
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return Json(body, status);
    }
}

/// <summary>
/// Graph API throttling answers 400 with code 32 and the wait in <c>X-Business-Use-Case-Usage</c> (minutes); every
/// answer reports the app's usage in <c>X-App-Usage</c>, <see cref="OrdinaryUsage"/> percent unless a fault says otherwise.
/// </summary>
public sealed class FacebookDialect : NetworkDialect
{
    public const int OrdinaryUsage = 7;

    public override string Name => "facebook";

    public override void UsageHeaders(HttpResponse response, int? percent)
    {
        var calls = percent ?? OrdinaryUsage;
        var time = Math.Min(calls, OrdinaryUsage);
        response.Headers["X-App-Usage"] = $"{{\"call_count\":{calls},\"total_cputime\":{time},\"total_time\":{time}}}";
    }

    public override IResult Error(HttpContext context, int status, string message, DateTime resetUtc)
    {
        var (code, type, http) = status switch
        {
            429 => (32, "OAuthException", 400),
            401 => (190, "OAuthException", 400),
            400 => (100, "OAuthException", 400),
            _ => (2, "OAuthException", 500),
        };
        if (status == 429)
        {
            var minutes = (int)Math.Ceiling(SecondsUntil(resetUtc) / 60.0);
            context.Response.Headers["X-Business-Use-Case-Usage"] =
                $"{{\"sandbox\":[{{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":{minutes}}}]}}";
        }

        return Json(new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code, ["fbtrace_id"] = "sandbox" } }, http);
    }
}

public sealed class LinkedInDialect : NetworkDialect
{
    public override string Name => "linkedin";

    public override IResult Error(HttpContext context, int status, string message, DateTime resetUtc)
    {
        if (status == 429)
        {
            context.Response.Headers.RetryAfter = SecondsUntil(resetUtc).ToString(CultureInfo.InvariantCulture);
        }

        return Json(new JsonObject { ["status"] = status, ["message"] = message }, status);
    }

    public override Outcome ExpiredToken(HttpContext context) =>
        new(Json(new JsonObject { ["status"] = 401, ["serviceErrorCode"] = 65601, ["code"] = "EXPIRED_ACCESS_TOKEN", ["message"] = "The token used in the request has expired" }, 401), 401);
}
