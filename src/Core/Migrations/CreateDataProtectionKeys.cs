using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Core.Migrations;

/// <summary>Data Protection's key ring, kept in the database so every node shares it.</summary>
internal sealed class CreateDataProtectionKeys : MigrationStep
{
    public override string Id => "Core.0004.CreateDataProtectionKeys";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: "DataProtectionKeys",
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = t.Column<string>(nullable: true),
                Xml = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }
}
