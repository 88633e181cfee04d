namespace Portal.PlainLanguage.Api;

public sealed record AnalyzeResponse(IReadOnlyDictionary<string, TextResult> Fields, TextResult Page);

/// <summary>Counts, scores (null when the text is too short to score) and warnings of one field or of the whole page.</summary>
public sealed record TextResult(CountsResult Counts, ScoresResult? Scores, IReadOnlyList<WarningResult> Warnings);

public sealed record CountsResult(int Words, int Syllables, int Sentences, int Letters, double MeanSentenceWords);

/// <summary>INFLESZ is the primary score; the others go in the details panel.</summary>
public sealed record ScoresResult(ScoreResult Inflesz, ScoreResult FernandezHuerta, ScoreResult SzigrisztPazos, ScoreResult GutierrezDePolini, ScoreResult Crawford, ScoreResult? Mu);

/// <summary><see cref="Value"/> is the raw score; <see cref="Display"/> is clamped to 0–100 for showing, with the band's label.</summary>
public sealed record ScoreResult(double Value, double Display, string? Band);

/// <summary>A warning with the span (offsets into the field's text) the editor highlights.</summary>
public sealed record WarningResult(string Code, string Severity, string Message, int Start, int Length, string? Suggestion, string? Note);
