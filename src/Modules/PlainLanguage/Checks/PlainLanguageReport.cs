using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>What the checker found in one field. <see cref="Readability"/> is null for fields too short to score.</summary>
public sealed record FieldReport(string Name, TextCounts Counts, Readability? Readability, IReadOnlyList<Finding> Findings);

/// <summary>A page: its fields, and scores from the pooled counts of all of them (never an average of field scores).</summary>
public sealed record PageReport(IReadOnlyList<FieldReport> Fields, TextCounts Counts, Readability? Readability, IReadOnlyList<Finding> Findings);

/// <summary>
/// How to check: <see cref="Spanish"/> false runs only the checks that hold in any language (length, links);
/// <see cref="WarnOnScores"/> false shows the scores without warning on them (design note §5: only trámites and
/// infographic text are warned on).
/// </summary>
public sealed record CheckScope(bool Spanish = true, bool WarnOnScores = true);
