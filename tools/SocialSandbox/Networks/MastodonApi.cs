using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>
/// The Mastodon subset: media with a description, statuses with <c>Idempotency-Key</c> (one hour) and answers
/// (<c>in_reply_to_id</c>), the account's statuses, edit and delete, and the conversations (see <see cref="MastodonConversations"/>).
/// </summary>
public static class MastodonApi
{
    private const string Account = MastodonView.Account;

    public static void Map(IEndpointRouteBuilder app)
    {
        var net = new MastodonDialect();
        var group = app.MapGroup("/mastodon/api/v1");

        group.MapGet("/accounts/verify_credentials", (HttpContext c, SandboxPipeline p) => p.RunAsync(c, net, "read", () =>
            Task.FromResult(new Outcome(Results.Json(new JsonObject { ["id"] = "1", ["username"] = Account, ["acct"] = Account }), 200))));

        // An app registered here connects with the authorization-code grant, PKCE optional (Mastodon 4.3 and later).
        group.MapPost("/apps", (HttpContext c, SandboxPipeline p, AuthorizationBook book) => p.RunAsync(c, net, "apps", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var redirectUris = body.Text("redirect_uris");
            if (body.Text("client_name").Length == 0 || redirectUris.Length == 0)
            {
                return new Outcome(Results.Json(new JsonObject { ["error"] = "Validation failed: Application name can't be blank, Redirect URI can't be blank" }, statusCode: 422), 422);
            }

            var registered = book.Register(redirectUris);
            return new Outcome(Results.Json(new JsonObject
            {
                ["id"] = registered.ClientId[^6..],
                ["name"] = body.Text("client_name"),
                ["website"] = body.Text("website"),
                ["scopes"] = new JsonArray([.. body.Text("scopes").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => (JsonNode)x)]),
                ["redirect_uris"] = new JsonArray([.. redirectUris.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(x => (JsonNode)x)]),
                ["client_id"] = registered.ClientId,
                ["client_secret"] = registered.ClientSecret,
            }), 200);
        }, requiresToken: false));

        MastodonConversations.Map(group, net);

        OAuthAuthorize.Map(app, "/mastodon/oauth/authorize", net, pkce: false, (book, clientId, redirectUri) =>
            book.App(clientId)?.RedirectUri.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Contains(redirectUri) == true);

        app.MapPost("/mastodon/oauth/token", (HttpContext c, SandboxPipeline p, AuthorizationBook book, TokenBook tokens) => p.RunAsync(c, net, "token", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            if (body.Text("grant_type") != "authorization_code")
            {
                return OAuthAnswers.Error("unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
            }

            if (book.App(body.Text("client_id")) is not { } registered || registered.ClientSecret != body.Text("client_secret"))
            {
                return OAuthAnswers.Error("invalid_client", "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.", 401);
            }

            return book.Redeem(net.Name, body.Text("code"), body.Text("client_id"), body.Text("redirect_uri"), body.Text("code_verifier")) is { } problem
                ? OAuthAnswers.Error("invalid_grant", problem)
                : OAuthAnswers.AccessOnly(tokens.Grant(net.Name), "write:statuses write:media read:statuses");
        }, requiresToken: false));

        group.MapPost("/statuses", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var text = body.Text("status");
            if (string.IsNullOrWhiteSpace(text))
            {
                return new Outcome(net.Error(c, 400, "Validation failed: Text can't be blank", DateTime.UtcNow), 422);
            }

            var media = (body["media_ids"] as JsonArray ?? []).Select(id => store.FindMedia(net.Name, id?.ToString())).ToList();
            if (media.Any(m => m is null))
            {
                return new Outcome(net.Error(c, 400, "Validation failed: Media attachments are invalid", DateTime.UtcNow), 422);
            }

            var replyTo = body.Text("in_reply_to_id");
            var parent = replyTo.Length == 0 ? null : store.Find(net.Name, s => s.Id == replyTo && !s.Deleted);
            if (replyTo.Length > 0 && parent is null)
            {
                return new Outcome(net.Error(c, 404, "Record not found", DateTime.UtcNow), 404);
            }

            var key = c.Request.Headers["Idempotency-Key"].ToString();
            var (post, created) = store.FindOrAdd(net.Name, s => key.Length > 0 && s.IdempotencyKey == key && s.CreatedUtc > DateTime.UtcNow.AddHours(-1),
                Account, text, id => $"{c.Request.BaseUrl()}/mastodon/@{Account}/{id}", key.Length > 0 ? key : null, media: [.. media.OfType<SandboxMedia>()]);
            if (created && parent is not null)
            {
                post = store.Replace(post, post with { Kind = "reply", ParentId = parent.Id, RootId = parent.RootId ?? parent.Id });
            }

            return new Outcome(Results.Json(Status(c, store, post)), 200);
        }));

        // v2 answers 200 when the image is processed at once (images are; a video would answer 202).
        app.MapPost("/mastodon/api/v2/media", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "media", async () =>
        {
            var file = await RequestBody.FileAsync(c.Request, "file");
            if (file is null)
            {
                return new Outcome(net.Error(c, 400, "Validation failed: File can't be blank", DateTime.UtcNow), 422);
            }

            var description = (await c.Request.ReadFormAsync())["description"].ToString();
            var media = store.AddMedia(net.Name, file.Value.Length, file.Value.ContentType, description.Length > 0 ? description : null);
            return new Outcome(Results.Json(Attachment(media)), 200);
        }));

        group.MapGet("/media/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
            Task.FromResult(store.FindMedia(net.Name, id) is { } media
                ? new Outcome(Results.Json(Attachment(media)), 200)
                : new Outcome(net.Error(c, 404, "Record not found", DateTime.UtcNow), 404))));

        group.MapGet("/accounts/{id}/statuses", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var view = new MastodonView(store, c.Request.BaseUrl());
            return Task.FromResult(new Outcome(Results.Json(new JsonArray([.. store.Posts(net.Name).Where(s => !s.Deleted && s.Account == Account).Reverse().Take(40).Select(s => (JsonNode)view.Status(s))])), 200));
        }));

        group.MapPut("/statuses/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "update", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var post = store.Find(net.Name, s => s.Id == id && !s.Deleted);
            if (post is null)
            {
                return new Outcome(net.Error(c, 404, "Record not found", DateTime.UtcNow), 404);
            }

            post.Edits++;
            return new Outcome(Results.Json(Status(c, store, post with { Text = body.Text("status") })), 200);
        }));

        group.MapDelete("/statuses/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "delete", () =>
        {
            var post = store.Find(net.Name, s => s.Id == id && !s.Deleted);
            if (post is null)
            {
                return Task.FromResult(new Outcome(net.Error(c, 404, "Record not found", DateTime.UtcNow), 404));
            }

            post.Deleted = true;
            return Task.FromResult(new Outcome(Results.Json(Status(c, store, post)), 200));
        }));
    }

    private static JsonObject Status(HttpContext c, SandboxStore store, SandboxPost post) => new MastodonView(store, c.Request.BaseUrl()).Status(post);

    internal static JsonObject Attachment(SandboxMedia media) => new()
    {
        ["id"] = media.Id,
        ["type"] = "image",
        ["description"] = media.Alt,
    };
}
