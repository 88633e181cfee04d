using System.Text;
using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>
/// The Posts and Images API subset: image upload, create (URN in <c>x-restli-id</c>; a repeat is
/// <c>422 DUPLICATE_POST</c>), list by author, delete; the comments of <see cref="LinkedInCommentsApi"/>; and the OAuth authorization page and token endpoint, which LinkedIn serves on its
/// own host (here under <c>/linkedin/oauth</c>).
/// </summary>
public static class LinkedInApi
{
    private const string ImageUrn = "urn:li:image:";

    private static readonly Wording Refusals = new("The provided refresh token is invalid, expired or revoked.", "The grant type is not supported here.");

    public static void Map(IEndpointRouteBuilder app)
    {
        var net = new LinkedInDialect();
        var group = app.MapGroup("/linkedin/rest");

        group.MapPost("/posts", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var author = body.Text("author");
            var text = Unescape(body.Text("commentary"));
            if (!author.StartsWith("urn:li:organization:", StringComparison.Ordinal) || text.Length == 0)
            {
                return new Outcome(net.Error(c, 422, "ERROR :: /commentary :: is required", DateTime.UtcNow), 422);
            }

            if (store.Find(net.Name, s => s.Kind == "post" && s.Account == author && s.Text == text && !s.Deleted) is { } duplicate)
            {
                return new Outcome(Results.Json(new JsonObject { ["status"] = 422, ["code"] = "DUPLICATE_POST", ["message"] = $"Content is a duplicate of {duplicate.Id}" }, statusCode: 422), 422);
            }

            var image = body["content"]?["media"];
            var media = image is null ? null : store.FindMedia(net.Name, image["id"]?.ToString()?.Replace(ImageUrn, "", StringComparison.Ordinal));
            if (image is not null && media is not { Length: > 0 })
            {
                return new Outcome(net.Error(c, 422, "ERROR :: /content/media/id :: image is not uploaded", DateTime.UtcNow), 422);
            }

            var counter = store.Posts(net.Name).Count + 7_000_000;
            var post = store.Add(net.Name, author, text, id => $"{c.Request.BaseUrl()}/linkedin/feed/update/{id}", id: $"urn:li:share:{counter}",
                media: media is null ? null : [media with { Alt = image!["altText"]?.ToString() }]);
            c.Response.Headers["x-restli-id"] = post.Id;
            return new Outcome(Results.StatusCode(201), 201);
        }));

        // The upload URL takes the bytes with a PUT; until then the image exists with no content.
        group.MapPost("/images", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "media", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            if (c.Request.Query["action"] != "initializeUpload" || body["initializeUploadRequest"]?["owner"] is null)
            {
                return new Outcome(net.Error(c, 422, "ERROR :: /initializeUploadRequest/owner :: is required", DateTime.UtcNow), 422);
            }

            var image = store.AddMedia(net.Name, 0, "");
            return new Outcome(Results.Json(new JsonObject
            {
                ["value"] = new JsonObject
                {
                    ["uploadUrlExpiresAt"] = new DateTimeOffset(DateTime.UtcNow.AddHours(1)).ToUnixTimeMilliseconds(),
                    ["uploadUrl"] = $"{c.Request.BaseUrl()}/linkedin/upload/{image.Id}",
                    ["image"] = ImageUrn + image.Id,
                },
            }), 200);
        }));

        app.MapPut("/linkedin/upload/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "media", async () =>
        {
            var file = await RequestBody.FileAsync(c.Request);
            if (store.FindMedia(net.Name, id) is not { } image || file is null)
            {
                return new Outcome(net.Error(c, 400, "Bad upload", DateTime.UtcNow), 400);
            }

            store.Replace(image, image with { Length = file.Value.Length, ContentType = file.Value.ContentType });
            return new Outcome(Results.StatusCode(201), 201);
        }));

        group.MapGet("/posts", (string author, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var posts = store.Posts(net.Name).Where(s => s.Kind == "post" && s.Account == author && !s.Deleted).Reverse().Take(100)
                .Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["author"] = s.Account, ["commentary"] = s.Text });
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["elements"] = new JsonArray([.. posts]) }), 200));
        }));

        group.MapPost("/posts/{urn}", (string urn, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "update", () =>
        {
            var post = store.Find(net.Name, s => s.Id == Uri.UnescapeDataString(urn) && !s.Deleted);
            if (post is null)
            {
                return Task.FromResult(new Outcome(net.Error(c, 404, "Not Found", DateTime.UtcNow), 404));
            }

            post.Edits++;
            return Task.FromResult(new Outcome(Results.NoContent(), 204));
        }));

        LinkedInCommentsApi.Map(group, net);

        OAuthAuthorize.Map(app, "/linkedin/oauth/v2/authorization", net, pkce: false);

        app.MapPost("/linkedin/oauth/v2/accessToken", (HttpContext c, SandboxPipeline p, TokenBook tokens, AuthorizationBook book) => p.RunAsync(c, net, "token", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            if (body.Text("client_id").Length == 0 || body.Text("client_secret").Length == 0)
            {
                return OAuthAnswers.Error("invalid_client", "Client authentication failed.", 401);
            }

            return OAuthAnswers.Grant(body, net.Name, body.Text("client_id"), verifier: null, "r_organization_social,w_organization_social", Refusals, tokens, book);
        }, requiresToken: false));

        group.MapDelete("/posts/{urn}", (string urn, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "delete", () =>
        {
            store.Find(net.Name, s => s.Id == Uri.UnescapeDataString(urn) && !s.Deleted)?.Deleted = true;
            return Task.FromResult(new Outcome(Results.NoContent(), 204));
        }));
    }

    private static string Unescape(string commentary)
    {
        var builder = new StringBuilder(commentary.Length);
        for (var i = 0; i < commentary.Length; i++)
        {
            if (commentary[i] == '\\' && i + 1 < commentary.Length)
            {
                i++;
            }

            builder.Append(commentary[i]);
        }

        return builder.ToString();
    }
}
