namespace Portal.Contents.Readability;

/// <param name="Value">Clamped to 0–100 and rounded, as shown.</param>
/// <param name="Band">The score's Spanish band ("Bastante fácil").</param>
public sealed record PanelScore(double Value, string Band);

/// <param name="Text">The words as the editor wrote them.</param>
/// <param name="Suggestion">What to write instead; null for terms the law requires, which are explained instead.</param>
public sealed record PanelJargon(string Text, string? Suggestion);

/// <summary>
/// What the plain-language panel of the edit page shows. Scores are null when the text is too short to score
/// (<see cref="MinimumWords"/>): a formula over a few words is noise.
/// </summary>
public sealed record ReadabilityPanel(
    PanelScore? Inflesz,
    PanelScore? FernandezHuerta,
    int Words,
    int MinimumWords,
    int LongSentenceWords,
    IReadOnlyList<string> LongSentences,
    IReadOnlyList<PanelJargon> Jargon);
