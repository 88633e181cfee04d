using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialSandbox.Networks;

/// <summary>The X API v2 subset: create and delete posts, the user's timeline with expanded URLs.</summary>
public static partial class XApi
{
    private const string UserId = "4242";

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    public static void Map(IEndpointRouteBuilder app)
    {
        var net = new XDialect();
        var group = app.MapGroup("/x/2");

        group.MapGet("/users/me", (HttpContext c, SandboxPipeline p) => p.RunAsync(c, net, "read", () =>
            Task.FromResult(new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["id"] = UserId, ["username"] = "portal" } }), 200))));

        group.MapPost("/tweets", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var text = body.Text("text");
            if (text.Length == 0)
            {
                return new Outcome(net.Error(c, 400, "Your Tweet text is empty", DateTime.UtcNow), 400);
            }

            var post = store.Add(net.Name, "portal", text, id => $"{c.Request.BaseUrl()}/x/portal/status/{id}");
            return new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["id"] = post.Id, ["text"] = post.Text } }, statusCode: 201), 201);
        }));

        group.MapGet("/users/{id}/tweets", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var tweets = store.Posts(net.Name).Where(s => !s.Deleted).Reverse().Take(100).Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["text"] = s.Text,
                ["entities"] = new JsonObject
                {
                    ["urls"] = new JsonArray([.. Link().Matches(s.Text).Select(m => (JsonNode)new JsonObject { ["url"] = "https://t.co/x", ["expanded_url"] = m.Value })]),
                },
            });
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["data"] = new JsonArray([.. tweets]) }), 200));
        }));

        group.MapDelete("/tweets/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "delete", () =>
        {
            store.Find(net.Name, s => s.Id == id && !s.Deleted)?.Deleted = true;
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["deleted"] = true } }), 200));
        }));
    }
}
