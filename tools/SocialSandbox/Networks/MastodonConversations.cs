using System.Globalization;
using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>
/// What Mastodon tells the portal's account about its conversations: a status with its counts, its context (the
/// answers under it, at most <see cref="ContextLimit"/> as for a signed-in caller), and the account's notifications
/// (a citizen's reply or mention is a <c>mention</c>, a quote a <c>quote</c>), paged by id with a <c>Link</c> header.
/// </summary>
public static class MastodonConversations
{
    /// <summary>Mastodon's <c>CONTEXT_LIMIT</c>: ancestors and descendants beyond it are left out.</summary>
    public const int ContextLimit = 4_096;

    private const int DefaultNotifications = 40;
    private const int MaxNotifications = 80;

    public static void Map(RouteGroupBuilder group, MastodonDialect net)
    {
        group.MapGet("/statuses/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var view = new MastodonView(store, c.Request.BaseUrl());
            return Task.FromResult(view.Find(id) is { } post ? new Outcome(Results.Json(view.Status(post)), 200) : NotFound(c, net));
        }));

        group.MapGet("/statuses/{id}/context", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var view = new MastodonView(store, c.Request.BaseUrl());
            if (view.Find(id) is not { } post)
            {
                return Task.FromResult(NotFound(c, net));
            }

            return Task.FromResult(new Outcome(Results.Json(new JsonObject
            {
                ["ancestors"] = new JsonArray([.. view.Ancestors(post).TakeLast(ContextLimit).Select(s => (JsonNode)view.Status(s))]),
                ["descendants"] = new JsonArray([.. view.Descendants(id).Take(ContextLimit).Select(s => (JsonNode)view.Status(s))]),
            }), 200));
        }));

        group.MapGet("/notifications", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var view = new MastodonView(store, c.Request.BaseUrl());
            var query = c.Request.Query;
            var types = query["types[]"].Concat(query["types"]).OfType<string>().ToHashSet();
            var limit = query.ContainsKey("limit") ? TimelinePaging.Size(query["limit"], MaxNotifications) : DefaultNotifications;
            var notifications = store.Posts(net.Name)
                .Where(s => !s.Deleted && s.Account != MastodonView.Account && NamesUs(view, s))
                .Select(s => (Id: long.Parse(s.Id, CultureInfo.InvariantCulture), Type: s.Kind == "quote" ? "quote" : "mention", Status: s))
                .Where(n => types.Count == 0 || types.Contains(n.Type))
                .Where(n => Id(query["max_id"]) is not { } max || n.Id < max)
                .Where(n => Id(query["since_id"]) is not { } since || n.Id > since)
                .Where(n => Id(query["min_id"]) is not { } min || n.Id > min)
                .OrderByDescending(n => n.Id)
                .ToList();

            // min_id pages forward from an id (the oldest ones after it); the others page back from the newest.
            var page = query.ContainsKey("min_id") ? notifications.TakeLast(limit).ToList() : [.. notifications.Take(limit)];
            if (page.Count > 0)
            {
                var next = $"{c.Request.BaseUrl()}{c.Request.Path}?limit={limit}";
                c.Response.Headers.Link = $"<{next}&max_id={page[^1].Id}>; rel=\"next\", <{next}&min_id={page[0].Id}>; rel=\"prev\"";
            }

            return Task.FromResult(new Outcome(Results.Json(new JsonArray([.. page.Select(n => (JsonNode)new JsonObject
            {
                ["id"] = n.Id.ToString(CultureInfo.InvariantCulture),
                ["type"] = n.Type,
                ["created_at"] = n.Status.CreatedUtc.ToString("O", CultureInfo.InvariantCulture),
                ["account"] = view.Author(n.Status),
                ["status"] = view.Status(n.Status),
            })])), 200));
        }));
    }

    /// <summary>A citizen's post notifies the account when it mentions it, or answers or quotes one of its conversations.</summary>
    private static bool NamesUs(MastodonView view, SandboxPost post) =>
        post.Kind == "mention" || new[] { post.ParentId, post.RootId }.Any(id => id is not null && view.Find(id)?.Account == MastodonView.Account);

    private static long? Id(string? value) => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static Outcome NotFound(HttpContext c, MastodonDialect net) => new(net.Error(c, 404, "Record not found", DateTime.UtcNow), 404);
}
