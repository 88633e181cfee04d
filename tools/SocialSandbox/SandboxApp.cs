using SocialSandbox.Citizens;
using SocialSandbox.Networks;

namespace SocialSandbox;

/// <summary>
/// A loopback stand-in for Mastodon, Bluesky, Telegram, Facebook, X and LinkedIn: the API subset the portal's
/// adapters use, an in-memory record of what it received, and faults on demand under <c>/_sandbox</c>.
/// </summary>
public static class SandboxApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddSingleton<SandboxStore>();
        builder.Services.AddSingleton<FaultBook>();
        builder.Services.AddSingleton<TokenBook>();
        builder.Services.AddSingleton<AuthorizationBook>();
        builder.Services.AddSingleton<PacingBook>();
        builder.Services.AddSingleton<SandboxPipeline>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<CitizenBook>();
        builder.Services.AddSingleton<TelegramUpdates>();
        builder.Services.AddSingleton<IWebhookDialect, FacebookWebhooks>();
        builder.Services.AddSingleton<IWebhookDialect, TelegramWebhooks>();
        builder.Services.AddHttpClient();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var app = builder.Build();
        MastodonApi.Map(app);
        BlueskyApi.Map(app);
        TelegramApi.Map(app);
        FacebookApi.Map(app);
        XApi.Map(app);
        LinkedInApi.Map(app);
        MapControl(app);
        return app;
    }

    private static void MapControl(WebApplication app)
    {
        var control = app.MapGroup("/_sandbox");
        control.MapGet("/posts", (string? network, SandboxStore store) => store.Posts(network));
        control.MapGet("/requests", (string? network, SandboxStore store) => store.Requests(network));
        control.MapPost("/faults", (Fault fault, FaultBook faults) =>
        {
            faults.Add(fault);
            return Results.NoContent();
        });
        control.MapPost("/limits", (RateLimit limit, FaultBook faults) =>
        {
            faults.SetLimit(limit);
            return Results.NoContent();
        });
        control.MapPost("/tokens/{network}/grant", (string network, TokenBook tokens) => tokens.Grant(network));
        control.MapPost("/tokens/{network}/expire", (string network, TokenBook tokens) =>
        {
            tokens.Expire(network);
            return Results.NoContent();
        });
        control.MapPost("/pacing", (Pacing pacing, PacingBook pacings) =>
        {
            pacings.Set(pacing);
            return Results.NoContent();
        });
        control.MapPost("/citizen", async (CitizenAction action, HttpContext c, CitizenBook citizens) =>
            await citizens.DoAsync(action, c.Request.BaseUrl(), c.RequestAborted) switch
            {
                ({ } post, _) => Results.Ok(post),
                (_, var problem) => Results.Problem(statusCode: 400, detail: problem),
            });
        control.MapPost("/webhooks", (WebhookTarget target, WebhookSender webhooks) =>
        {
            webhooks.Subscribe(target);
            return Results.NoContent();
        });
        control.MapPost("/webhooks/{network}/replay", async (string network, WebhookSender webhooks, CancellationToken cancellationToken) =>
            await webhooks.ReplayAsync(network, cancellationToken) is { } status ? Results.Ok(status) : Results.NotFound());
        control.MapPost("/reset", (SandboxStore store, FaultBook faults, TokenBook tokens, AuthorizationBook authorizations, PacingBook pacings, WebhookSender webhooks) =>
        {
            webhooks.Clear();
            store.Clear();
            faults.Clear();
            tokens.Clear();
            authorizations.Clear();
            pacings.Clear();
            return Results.NoContent();
        });

        app.MapGet("/", (SandboxStore store) => Results.Content(SandboxPage.Render(store), "text/html; charset=utf-8"));
    }
}
