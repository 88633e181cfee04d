namespace Portal.Search.Analysis;

/// <summary>A term an analyzer produced, with where it came from in the text and its position (stop words leave gaps).</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position);
