using Fluid;

namespace Portal.Syndication.Messages;

/// <summary>Renders a channel's Liquid template (Fluid) with Spanish variable names editors can read.</summary>
public static class MessageRenderer
{
    private static readonly FluidParser Parser = new();

    /// <returns>The text, or null with the parser's error when the template is not valid Liquid.</returns>
    public static (string? Text, string? Error) Render(string template, SyndicationMessage message, string link)
    {
        if (!Parser.TryParse(template, out var parsed, out var error))
        {
            return (null, error);
        }

        var context = new TemplateContext();
        context.SetValue("titulo", message.Title);
        context.SetValue("resumen", message.Summary);
        context.SetValue("enlace", link);
        context.SetValue("etiquetas", string.Join(' ', message.Hashtags));
        context.SetValue("tipo", message.ContentType);
        context.SetValue("imagen_alt", message.Image?.Alt ?? "");
        var text = parsed.Render(context, NullEncoder.Default).Trim();

        // The tracking link is how a post whose outcome is unknown is found again: it is always in the message.
        return (text.Contains(link, StringComparison.Ordinal) ? text : text + "\n\n" + link, null);
    }
}
