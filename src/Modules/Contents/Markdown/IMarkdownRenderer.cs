namespace Portal.Contents.Markdown;

/// <summary>Turns an editor's Markdown into HTML that is safe to put on a public page as it is.</summary>
public interface IMarkdownRenderer
{
    /// <summary>
    /// Raw HTML in the source is shown as text, never interpreted; the output is then sanitized (no scripts, no event
    /// handlers, only http, https, mailto and tel links). A level-1 heading becomes level 2: the page owns its one h1.
    /// </summary>
    string ToHtml(string? markdown);
}
