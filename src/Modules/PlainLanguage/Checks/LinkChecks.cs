using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>Link text that says nothing out of context (WCAG 2.4.4), URLs shown as text, and links to PDF files.</summary>
internal static class LinkChecks
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueTexts =
        new HashSet<string>(
            ["aqui", "pulse aqui", "pulsa aqui", "pinche aqui", "pincha aqui", "haz clic aqui", "haga clic aqui", "clic aqui",
                "click aqui", "haz click aqui", "mas informacion", "mas info", "leer mas", "ver mas", "enlace", "este enlace"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(TextAnalysis text, List<Finding> findings)
    {
        foreach (var link in text.Links)
        {
            var label = Trim(text.Folded.AsSpan(link.TextStart, link.TextLength));
            var target = text.Text.AsSpan(link.UrlStart, link.UrlLength);
            var linkStart = link.TextStart - 1;
            var linkLength = link.UrlStart + link.UrlLength + 1 - linkStart;
            if (VagueTexts.Contains(label))
            {
                findings.Add(new Finding(FindingCodes.VagueLinkText, FindingSeverity.Warning, linkStart, linkLength, [text.Text.Substring(link.TextStart, link.TextLength)]));
            }
            else if (IsUrl(label))
            {
                findings.Add(new Finding(FindingCodes.BareUrl, FindingSeverity.Warning, linkStart, linkLength, [text.Text.Substring(link.TextStart, link.TextLength)]));
            }

            if (IsPdf(target))
            {
                findings.Add(new Finding(FindingCodes.PdfLink, FindingSeverity.Warning, linkStart, linkLength, [target.ToString()]));
            }
        }

        // Both lists run in text order: one moving index finds the link text a URL may sit in.
        var linkIndex = 0;
        foreach (var url in text.Urls)
        {
            while (linkIndex < text.Links.Count && text.Links[linkIndex].TextStart + text.Links[linkIndex].TextLength <= url.Start)
            {
                linkIndex++;
            }

            if (linkIndex < text.Links.Count && url.Start >= text.Links[linkIndex].TextStart)
            {
                continue;
            }

            var value = text.Text.Substring(url.Start, url.Length);
            findings.Add(new Finding(FindingCodes.BareUrl, FindingSeverity.Warning, url.Start, url.Length, [value]));
            if (IsPdf(value))
            {
                findings.Add(new Finding(FindingCodes.PdfLink, FindingSeverity.Warning, url.Start, url.Length, [value]));
            }
        }
    }

    private static bool IsUrl(ReadOnlySpan<char> label) =>
        label.Contains("://", StringComparison.Ordinal) || label.StartsWith("www.", StringComparison.Ordinal);

    public static bool IsPdf(ReadOnlySpan<char> url)
    {
        var end = url.IndexOfAny('?', '#');
        var path = end < 0 ? url : url[..end];
        return path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> label)
    {
        var start = 0;
        while (start < label.Length && !char.IsLetterOrDigit(label[start]))
        {
            start++;
        }

        var end = label.Length;
        while (end > start && !char.IsLetterOrDigit(label[end - 1]))
        {
            end--;
        }

        return label[start..end];
    }
}
