namespace Portal.PlainLanguage.Checks;

public enum FindingSeverity
{
    /// <summary>Worth a look (a sentence over 25 words).</summary>
    Hint,

    /// <summary>Should be fixed; still never blocks publishing.</summary>
    Warning,
}

/// <summary>
/// One plain-language warning: a code (its Spanish message is the resource <see cref="PlainLanguageTexts.Finding"/> names, formatted with
/// <see cref="Arguments"/>), and the span of the text to highlight. Jargon carries the entry's suggestion and note.
/// </summary>
public sealed record Finding(string Code, FindingSeverity Severity, int Start, int Length, IReadOnlyList<object> Arguments)
{
    public string? Suggestion { get; init; }

    public string? Note { get; init; }
}

/// <summary>The codes of the checks, stable for clients and tests.</summary>
public static class FindingCodes
{
    public const string LowInflesz = "LowInflesz";
    public const string LowFernandezHuerta = "LowFernandezHuerta";
    public const string LongMeanSentence = "LongMeanSentence";
    public const string LongSentence = "LongSentence";
    public const string LongParagraph = "LongParagraph";
    public const string PassiveVoice = "PassiveVoice";
    public const string Nominalisations = "Nominalisations";
    public const string GerundChain = "GerundChain";
    public const string StackedNegation = "StackedNegation";
    public const string Jargon = "Jargon";
    public const string JargonToExplain = "JargonToExplain";
    public const string LongTitle = "LongTitle";
    public const string LongSummary = "LongSummary";
    public const string FormOfAddress = "FormOfAddress";
    public const string UnexplainedAcronym = "UnexplainedAcronym";
    public const string VagueLinkText = "VagueLinkText";
    public const string BareUrl = "BareUrl";
    public const string PdfLink = "PdfLink";

    public static IReadOnlyList<string> All { get; } =
    [
        LowInflesz, LowFernandezHuerta, LongMeanSentence, LongSentence, LongParagraph, PassiveVoice, Nominalisations, GerundChain,
        StackedNegation, Jargon, JargonToExplain, LongTitle, LongSummary, FormOfAddress, UnexplainedAcronym, VagueLinkText, BareUrl, PdfLink,
    ];
}
