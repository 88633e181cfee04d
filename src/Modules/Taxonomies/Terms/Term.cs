using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Taxonomies.Terms;

/// <summary>One term of a vocabulary. Content refers to terms by slug, so a slug never changes once used.</summary>
public sealed class Term
{
    public const string TableName = "TaxonomyTerms";
    public const int SlugLength = 100;
    public const int NameLength = 150;
    public const int DescriptionLength = 500;
    public const int SiaCodeLength = 20;

    public int Id { get; set; }

    public string Vocabulary { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Order within the vocabulary, from 0; lists and checkbox groups follow it.</summary>
    public int Position { get; set; }

    /// <summary>The SIA MATERIAS code of a topic, when it matches one.</summary>
    public string? SiaCode { get; set; }
}

internal sealed class TermModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Term>(e =>
        {
            e.ToTable(Term.TableName);
            e.HasKey(t => t.Id);
            e.Property(t => t.Vocabulary).HasMaxLength(Vocabularies.IdLength);
            e.Property(t => t.Slug).HasMaxLength(Term.SlugLength);
            e.Property(t => t.Name).HasMaxLength(Term.NameLength);
            e.Property(t => t.Description).HasMaxLength(Term.DescriptionLength);
            e.Property(t => t.SiaCode).HasMaxLength(Term.SiaCodeLength);
            e.HasIndex(t => new { t.Vocabulary, t.Slug }).IsUnique();
        });
}
