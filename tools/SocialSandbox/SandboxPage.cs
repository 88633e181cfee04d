using System.Net;
using System.Text;

namespace SocialSandbox;

/// <summary>
/// The sandbox's page for a person watching a demo: each network's posts, newest first, with the conversation
/// under each (citizens' replies and the portal's answers, indented under what they answer), so an answer sent from
/// the portal can be seen arriving in its thread. It reloads itself every few seconds.
/// </summary>
public static class SandboxPage
{
    private const int PostsShown = 30;

    public static string Render(SandboxStore store)
    {
        var html = new StringBuilder("""
            <!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="5"><title>Sandbox social</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}li{margin:.25rem 0}.mine{color:#0b6b2b}small{color:#555}</style>
            </head><body><h1>Sandbox social</h1><p>Lo que el portal ha publicado en cada red y lo que la ciudadanía ha contestado. La página se recarga cada 5 segundos.</p>
            """);
        var all = store.Posts(null).Where(p => !p.Deleted).ToList();
        foreach (var network in all.GroupBy(p => p.Network))
        {
            var posts = network.Where(p => p.Kind == "post" && p.ParentId is null).Reverse().Take(PostsShown).ToList();
            html.Append("<h2>").Append(Encode(network.Key)).Append(" (").Append(posts.Count).Append(")</h2><ul>");
            foreach (var post in posts)
            {
                Append(html, post, all);
            }

            html.Append("</ul>");
            var loose = network.Where(p => p.Kind is "mention" or "quote").Reverse().Take(PostsShown).ToList();
            if (loose.Count > 0)
            {
                html.Append("<h3>Menciones y citas</h3><ul>");
                loose.ForEach(p => Append(html, p, all));
                html.Append("</ul>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Append(StringBuilder html, SandboxPost post, List<SandboxPost> all)
    {
        html.Append("<li><span").Append(post.Kind == "post" || post.AuthorName is null ? " class=\"mine\"" : "").Append('>')
            .Append("<a href=\"").Append(Encode(post.Url)).Append("\">").Append(Encode(post.Id)).Append("</a> ")
            .Append("<strong>").Append(Encode(post.AuthorName ?? post.Account)).Append("</strong>: ")
            .Append(Encode(post.Text))
            .Append(post.EditedUtc is null ? "" : " <small>(editado)</small>")
            .Append(post.Likes + post.Reposts > 0 ? $" <small>{post.Likes} me gusta, {post.Reposts} compartido</small>" : "")
            .Append("</span>");
        var replies = all.Where(p => p.ParentId == post.Id && p.Kind == "reply").ToList();
        if (replies.Count > 0)
        {
            html.Append("<ul>");
            replies.ForEach(r => Append(html, r, all));
            html.Append("</ul>");
        }

        html.Append("</li>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
