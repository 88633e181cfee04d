namespace SocialSandbox;

/// <summary>What an endpoint did: its answer, its status for the request log.</summary>
public readonly record struct Outcome(IResult Result, int Status);

/// <summary>
/// Wraps every network endpoint: records the request, checks the bearer token (against the issued ones on a network
/// told to check them), applies injected faults, the pacing and the publishing budget, and adds the network's rate
/// and usage headers.
/// </summary>
public sealed class SandboxPipeline(SandboxStore store, FaultBook faults, TokenBook tokens, PacingBook pacing)
{
    public async Task<IResult> RunAsync(HttpContext context, NetworkDialect network, string operation, Func<Task<Outcome>> work, bool requiresToken = true)
    {
        var received = DateTime.UtcNow;
        var fault = faults.Take(network.Name, operation);
        var (limit, windowStart, reset) = faults.Window(network.Name, operation);
        network.UsageHeaders(context.Response, fault is { Kind: "usage" } ? fault.UsagePercent : null);
        if (fault is { DelayMs: > 0 })
        {
            await Task.Delay(fault.DelayMs, context.RequestAborted);
        }

        if (fault is { Kind: "hang" })
        {
            Log(context, received, network, operation, 0, fault.Kind);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        }

        if (fault is { Kind: "status" })
        {
            Log(context, received, network, operation, fault.Status, fault.Kind);
            var until = fault.RetryAfterSeconds > 0 ? DateTime.UtcNow.AddSeconds(fault.RetryAfterSeconds) : reset;
            return network.Error(context, fault.Status, fault.Message ?? network.DefaultMessage(fault.Status), until);
        }

        if (requiresToken && !HasToken(context))
        {
            Log(context, received, network, operation, 401, null);
            return network.Error(context, 401, network.DefaultMessage(401), reset);
        }

        if (requiresToken && !tokens.Accepts(network.Name, Bearer(context)))
        {
            var refused = network.ExpiredToken(context);
            Log(context, received, network, operation, refused.Status, "expired-token");
            return refused.Result;
        }

        if (operation == "create")
        {
            if (await pacing.RefuseAsync(context.Request, network.Name, received) is { } paced)
            {
                Log(context, received, network, operation, 429, "pacing");
                return network.Error(context, 429, network.DefaultMessage(429), paced);
            }
        }

        // Reads are counted only on a network told to limit them, so that lookups do not report a read budget in the headers publishing reads.
        if (operation == "create" || (operation == "read" && faults.HasLimit(network.Name, operation)))
        {
            var used = store.CountSince(network.Name, operation, windowStart);
            if (used >= limit)
            {
                Log(context, received, network, operation, 429, "budget");
                return network.Error(context, 429, network.DefaultMessage(429), reset);
            }

            network.RateHeaders(context.Response, limit, limit - used - 1, reset);
        }

        var outcome = await work();
        Log(context, received, network, operation, outcome.Status, fault?.Kind);
        if (fault is { Kind: "reset-after-accept" })
        {
            context.Abort();
            return Results.Empty;
        }

        return outcome.Result;
    }

    private static bool HasToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
        || context.Request.RouteValues.ContainsKey("token")
        || context.Request.Query.ContainsKey("access_token")
        || (context.Request.HasFormContentType && context.Request.Form.ContainsKey("access_token"));

    public static string Bearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";

    /// <summary>Logs the request at the time it arrived, the time the pacing judged.</summary>
    private void Log(HttpContext context, DateTime received, NetworkDialect network, string operation, int status, string? fault) =>
        store.Log(new SandboxRequest(network.Name, context.Request.Method, context.Request.Path, operation, status, fault, received));
}
