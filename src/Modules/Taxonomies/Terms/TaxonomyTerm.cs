namespace Portal.Taxonomies.Terms;

/// <summary>A term as readers see it: an immutable copy of its row.</summary>
public sealed record TaxonomyTerm(int Id, string Vocabulary, string Slug, string Name, string? Description, int Position, string? SiaCode)
{
    internal static TaxonomyTerm From(Term term) =>
        new(term.Id, term.Vocabulary, term.Slug, term.Name, term.Description, term.Position, term.SiaCode);
}
