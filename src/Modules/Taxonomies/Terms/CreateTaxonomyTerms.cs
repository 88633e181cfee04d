using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;

namespace Portal.Taxonomies.Terms;

internal sealed class CreateTaxonomyTerms : MigrationStep
{
    public override string Id => "Taxonomies.0001.CreateTaxonomyTerms";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: Term.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Vocabulary = t.Column<string>(maxLength: Vocabularies.IdLength),
                Slug = t.Column<string>(maxLength: Term.SlugLength),
                Name = t.Column<string>(maxLength: Term.NameLength),
                Description = t.Column<string>(maxLength: Term.DescriptionLength, nullable: true),
                Position = t.Column<int>(),
                SiaCode = t.Column<string>(maxLength: Term.SiaCodeLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_TaxonomyTerms", x => x.Id));
        builder.CreateIndex("IX_TaxonomyTerms_Vocabulary_Slug", Term.TableName, ["Vocabulary", "Slug"], unique: true);
    }
}
