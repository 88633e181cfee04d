using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;

namespace Portal.Api.Tokens;

internal sealed class CreateApiTokens : MigrationStep
{
    public override string Id => "Api.0001.CreateApiTokens";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: ApiToken.TableName,
            columns: t => new
            {
                Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = t.Column<string>(maxLength: ApiToken.UserIdLength),
                Name = t.Column<string>(maxLength: ApiToken.NameLength),
                Prefix = t.Column<string>(maxLength: ApiToken.PrefixLength),
                SecretHash = t.Column<string>(maxLength: ApiToken.HashLength),
                CreatedUtc = t.Column<DateTime>(),
                CreatedBy = t.Column<string>(maxLength: 256),
                ExpiresUtc = t.Column<DateTime>(nullable: true),
                LastUsedUtc = t.Column<DateTime>(nullable: true),
                RevokedUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_ApiTokens", x => x.Id));
        builder.CreateIndex("IX_ApiTokens_SecretHash", ApiToken.TableName, "SecretHash", unique: true);
        builder.CreateIndex("IX_ApiTokens_UserId", ApiToken.TableName, "UserId");
    }
}
