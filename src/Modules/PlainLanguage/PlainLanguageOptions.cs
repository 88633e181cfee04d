namespace Portal.PlainLanguage;

public enum FormOfAddress
{
    /// <summary>The site speaks to citizens as tú: usted is flagged.</summary>
    Tu,

    /// <summary>The site speaks to citizens as usted: tú, tu + noun and contigo are flagged.</summary>
    Usted,
}

/// <summary>Thresholds of the plain-language checks (design note §5); the defaults are the note's. Section Portal:PlainLanguage.</summary>
public sealed class PlainLanguageOptions
{
    public const string Section = "Portal:PlainLanguage";

    public double InfleszMinimum { get; set; } = 55;

    public double InfleszTarget { get; set; } = 65;

    public double FernandezHuertaMinimum { get; set; } = 60;

    /// <summary>Fields (and pages) with fewer counted words get the rule checks only: a formula over 10 words is noise.</summary>
    public int MinimumWordsForScores { get; set; } = 30;

    public double MeanSentenceWordsMaximum { get; set; } = 20;

    public int LongSentenceWords { get; set; } = 30;

    public int LongSentenceHintWords { get; set; } = 25;

    public int ParagraphMaximumCharacters { get; set; } = 750;

    public double NominalisationsPer100WordsMaximum { get; set; } = 4;

    public int GerundsPerSentence { get; set; } = 2;

    public int NegationsPerSentence { get; set; } = 2;

    public int TitleMaximumCharacters { get; set; } = 65;

    public int SummaryMaximumCharacters { get; set; } = 160;

    public FormOfAddress FormOfAddress { get; set; } = FormOfAddress.Tu;

    /// <summary>Acronyms readers know, besides the built-in list (DNI, NIE, IBI...).</summary>
    public IList<string> ExtraAcronyms { get; } = [];

    /// <summary>Abbreviations that do not end a sentence, besides the built-in list.</summary>
    public IList<string> ExtraAbbreviations { get; } = [];

    /// <summary>The most characters one analysis request may carry, all fields together.</summary>
    public int MaximumRequestCharacters { get; set; } = 200_000;
}
