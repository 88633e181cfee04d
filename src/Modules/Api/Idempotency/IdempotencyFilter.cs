using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Api.Authentication;

namespace Portal.Api.Idempotency;

/// <summary>
/// Makes a create safe to retry. With an <c>Idempotency-Key</c> (1 to 255 visible ASCII characters), the first request
/// does the work and its 2xx answer is kept with the key for a day; the same request again gets that answer
/// (with <c>Idempotent-Replayed: true</c>), the same key with other data gets 422, and a key still in use by a request
/// that has not finished gets 409. A request that is refused keeps nothing, so the client can correct it and send it
/// again with the same key. Runs inside the unit of work's filter, so the key and the work commit together.
/// </summary>
internal sealed class IdempotencyFilter(IdempotencyKeys keys, IOptions<JsonOptions> json, IStringLocalizer<ApiResources> S) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(IdempotentAttribute.Header, out var values))
        {
            await next();
            return;
        }

        if (values.Count != 1 || !IsValidKey(values[0]))
        {
            context.Result = Problem(StatusCodes.Status400BadRequest, S["Idempotency_KeyInvalid", IdempotentAttribute.Header, IdempotencyRecord.KeyLength]);
            return;
        }

        var key = values[0]!;
        var tokenId = int.Parse(http.User.FindFirstValue(ApiTokenClaims.TokenId)!, System.Globalization.CultureInfo.InvariantCulture);
        var hash = RequestHash(http.Request, context.ActionArguments);
        var reservation = await keys.ReserveAsync(tokenId, key, hash, http.RequestAborted);
        if (reservation.Busy)
        {
            context.Result = Problem(StatusCodes.Status409Conflict, S["Idempotency_InFlight"]);
            return;
        }

        if (reservation.First is { } first)
        {
            context.Result = first.RequestHash == hash ? Replay(http, first) : Problem(StatusCodes.Status422UnprocessableEntity, S["Idempotency_KeyReused"]);
            return;
        }

        var executed = await next();
        if (executed is { Exception: null, Result: ObjectResult { StatusCode: >= 200 and < 300 } answer })
        {
            var body = JsonSerializer.Serialize(answer.Value, answer.Value?.GetType() ?? typeof(object), json.Value.JsonSerializerOptions);
            var location = (answer as CreatedResult)?.Location;
            await keys.CompleteAsync(tokenId, key, answer.StatusCode.Value, location, body, http.RequestAborted);
        }
        else
        {
            await keys.ReleaseAsync(tokenId, key);
        }
    }

    // RFC 9110 field values: the draft asks for a string; visible ASCII keeps it safe to log and to compare.
    private static bool IsValidKey(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= IdempotencyRecord.KeyLength && key.All(c => c is > ' ' and <= '~');

    private string RequestHash(HttpRequest request, IDictionary<string, object?> arguments)
    {
        var bound = arguments.Where(a => a.Value is not CancellationToken).OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(a => a.Key, a => a.Value);
        var text = request.Method + " " + request.Path + "\n" + JsonSerializer.Serialize(bound, json.Value.JsonSerializerOptions);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static ContentResult Replay(HttpContext http, IdempotencyRecord first)
    {
        http.Response.Headers[IdempotentAttribute.ReplayedHeader] = "true";
        if (first.ResponseLocation is { } location)
        {
            http.Response.Headers.Location = location;
        }

        return new ContentResult { StatusCode = first.ResponseStatus, Content = first.ResponseBody, ContentType = "application/json; charset=utf-8" };
    }

    private static ObjectResult Problem(int status, string detail) =>
        new(new ProblemDetails { Status = status, Detail = detail }) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
