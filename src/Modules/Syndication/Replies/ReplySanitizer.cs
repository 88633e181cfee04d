using System.Net;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Portal.Syndication.Replies;

/// <summary>
/// What citizens write is untrusted: a network's HTML (Mastodon's) keeps only paragraphs, line breaks and links
/// (with <c>rel="nofollow noopener ugc"</c>), and plain text is encoded. The plain text staff read and search is
/// taken from the sanitised HTML, so both say the same.
/// </summary>
internal sealed class ReplySanitizer
{
    private readonly HtmlParser _parser = new();

    private readonly HtmlSanitizer _sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "p", "br", "a" },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
    });

    public ReplySanitizer() =>
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener ugc");
            }
        };

    /// <summary>The safe HTML and the plain text of a reaction.</summary>
    public (string Html, string Text) Clean(RemoteReaction reaction)
    {
        var html = reaction.Html is { Length: > 0 } given
            ? _sanitizer.Sanitize(given)
            : string.Join("<br>", reaction.Text.Split('\n').Select(WebUtility.HtmlEncode));
        return (html, PlainText(html));
    }

    private string PlainText(string html)
    {
        var document = _parser.ParseDocument("<body>" + html + "</body>");
        foreach (var br in document.QuerySelectorAll("br"))
        {
            br.Replace(document.CreateTextNode("\n"));
        }

        foreach (var paragraph in document.QuerySelectorAll("p").Skip(1))
        {
            paragraph.Prepend(document.CreateTextNode("\n\n"));
        }

        return document.Body?.TextContent.Trim() ?? "";
    }
}
