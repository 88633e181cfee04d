using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Taxonomies.Terms;

namespace Portal.Contents.Catalog;

/// <summary>The term index's mapping; the catalog index maps through <c>AddContentIndex</c>.</summary>
internal sealed class CatalogModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<CatalogTermIndex>(e =>
        {
            e.ToTable(CatalogTermIndex.TableName);
            e.HasKey(i => new { i.VersionId, i.Vocabulary, i.Term });
            e.Property(i => i.VersionId).HasMaxLength(ContentItem.IdLength);
            e.Property(i => i.ItemId).HasMaxLength(ContentItem.IdLength);
            e.Property(i => i.Vocabulary).HasMaxLength(Vocabularies.IdLength);
            e.Property(i => i.Term).HasMaxLength(Term.SlugLength);
            e.HasIndex(i => new { i.Vocabulary, i.Term, i.Published });
        });
}
