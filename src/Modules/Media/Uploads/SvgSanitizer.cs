using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Portal.Media.Uploads;

/// <summary>
/// Rewrites an SVG keeping only an allow-list of drawing elements and attributes: no script, no event handlers,
/// no foreign content, no references outside the file (only "#id" links and embedded raster images). A file that
/// is not well-formed XML with an &lt;svg&gt; root is refused; DTDs are refused, so no entity can expand.
/// </summary>
public static partial class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "title", "desc", "symbol", "use", "switch", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath", "image",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feFlood", "feGaussianBlur",
        "feMerge", "feMergeNode", "feOffset", "feFuncA", "feFuncR", "feFuncG", "feFuncB", "feDropShadow", "feMorphology",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "id", "class", "style", "lang", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "focusable", "tabindex",
        "version", "baseProfile", "viewBox", "preserveAspectRatio", "width", "height", "x", "y", "x1", "y1", "x2", "y2",
        "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "transform", "href",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color", "display", "visibility", "overflow",
        "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "filter", "filterUnits", "primitiveUnits",
        "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color", "stop-opacity",
        "patternUnits", "patternContentUnits", "patternTransform",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "text-anchor", "dominant-baseline", "alignment-baseline",
        "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "writing-mode", "dx", "dy", "rotate", "textLength",
        "lengthAdjust", "startOffset", "method", "spacing", "xml:space", "shape-rendering", "text-rendering", "image-rendering",
        "color-interpolation-filters", "flood-color", "flood-opacity", "in", "in2", "result", "mode", "type", "values",
        "stdDeviation", "operator", "k1", "k2", "k3", "k4", "radius", "tableValues", "slope", "intercept", "amplitude",
        "exponent", "media", "systemLanguage", "mix-blend-mode", "isolation", "vector-effect", "paint-order",
    };

    /// <summary>Returns the sanitized file as UTF-8 with its intrinsic size, or throws <see cref="MediaRejectedException"/>.</summary>
    public static SanitizedSvg Sanitize(byte[] content)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            throw new MediaRejectedException("Svg_Invalid");
        }

        if (document.Root is not { } root || root.Name != Svg + "svg")
        {
            throw new MediaRejectedException("Svg_Invalid");
        }

        Clean(root);
        var clean = new XDocument(root);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false }))
        {
            clean.Save(writer);
        }

        var (width, height) = IntrinsicSize(root);
        return new SanitizedSvg(output.ToArray(), width, height);
    }

    /// <summary>The size from width and height in pixels (or without unit), else from the viewBox; null when neither says.</summary>
    private static (int? Width, int? Height) IntrinsicSize(XElement root)
    {
        var width = Pixels(root.Attribute("width")?.Value);
        var height = Pixels(root.Attribute("height")?.Value);
        if (width is not null && height is not null)
        {
            return (width, height);
        }

        var box = root.Attribute("viewBox")?.Value.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return box is { Length: 4 } && Pixels(box[2]) is { } w && Pixels(box[3]) is { } h ? (w, h) : (null, null);
    }

    private static int? Pixels(string? value)
    {
        var number = value?.Trim();
        if (number is not null && number.EndsWith("px", StringComparison.Ordinal))
        {
            number = number[..^2];
        }

        return double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var pixels) && pixels is >= 1 and <= 100_000
            ? (int)Math.Round(pixels)
            : null;
    }

    private static void Clean(XElement element)
    {
        foreach (var attribute in element.Attributes().ToList())
        {
            if (!IsAllowed(element, attribute))
            {
                attribute.Remove();
            }
        }

        foreach (var node in element.Nodes().ToList())
        {
            switch (node)
            {
                case XElement child when child.Name.Namespace == Svg && Elements.Contains(child.Name.LocalName):
                    Clean(child);
                    break;
                case XText text when element.Name.LocalName == "style" && !IsSafeCss(text.Value):
                    element.Remove();
                    return;
                case XElement or XProcessingInstruction or XComment:
                    node.Remove();
                    break;
            }
        }
    }

    private static bool IsAllowed(XElement element, XAttribute attribute)
    {
        if (attribute.IsNamespaceDeclaration)
        {
            return attribute.Value == Svg.NamespaceName || attribute.Value == XLink.NamespaceName;
        }

        var name = attribute.Name;
        if (name == XLink + "href" || (name.Namespace == XNamespace.None && name.LocalName == "href"))
        {
            return attribute.Value.StartsWith('#') || (element.Name.LocalName == "image" && EmbeddedImage().IsMatch(attribute.Value));
        }

        var local = name.Namespace == XNamespace.Xml ? "xml:" + name.LocalName : name.Namespace == XNamespace.None ? name.LocalName : null;
        return local is not null && Attributes.Contains(local) && IsSafeCss(attribute.Value);
    }

    /// <summary>Styles may point into the file ("url(#id)") but never out of it, nor import anything.</summary>
    private static bool IsSafeCss(string value) =>
        !value.Contains("@import", StringComparison.OrdinalIgnoreCase)
        && !value.Contains("expression(", StringComparison.OrdinalIgnoreCase)
        && !value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
        && ExternalUrl().Count(value) == 0;

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$")]
    private static partial Regex EmbeddedImage();

    [GeneratedRegex(@"url\(\s*['""]?\s*[^#'""\s]", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}

public sealed record SanitizedSvg(byte[] Content, int? Width, int? Height);
