namespace Portal.Contents.Parts;

/// <summary>The slugs that exist in each vocabulary when a part is checked.</summary>
public sealed record KnownTerms(IReadOnlySet<string> Topics, IReadOnlySet<string> LifeEvents, IReadOnlySet<string> Audiences);
