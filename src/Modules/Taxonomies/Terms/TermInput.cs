namespace Portal.Taxonomies.Terms;

/// <summary>What an editor or a recipe gives for a term.</summary>
public sealed record TermInput(string Slug, string Name, string? Description, string? SiaCode);

/// <summary>The outcome of a change: done, or refused with Spanish messages (per field) and where the term is used.</summary>
public sealed record TermResult(TaxonomyTerm? Term, IReadOnlyList<TermError> Errors, IReadOnlyList<TermUsage> Usages)
{
    public bool Succeeded => Errors.Count == 0;

    public static TermResult Done(TaxonomyTerm? term) => new(term, [], []);

    public static TermResult Refused(string field, string message, IReadOnlyList<TermUsage>? usages = null) =>
        new(null, [new TermError(field, message)], usages ?? []);
}

/// <param name="Field">The <see cref="TermInput"/> property at fault, or empty for the whole term.</param>
public sealed record TermError(string Field, string Message);
