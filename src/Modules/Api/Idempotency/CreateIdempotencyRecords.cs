using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;

namespace Portal.Api.Idempotency;

internal sealed class CreateIdempotencyRecords : MigrationStep
{
    public override string Id => "Api.0002.CreateIdempotencyRecords";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: IdempotencyRecord.TableName,
            columns: t => new
            {
                TokenId = t.Column<int>(),
                Key = t.Column<string>(maxLength: IdempotencyRecord.KeyLength),
                RequestHash = t.Column<string>(maxLength: IdempotencyRecord.HashLength),
                CreatedUtc = t.Column<DateTime>(),
                ResponseStatus = t.Column<int>(nullable: true),
                ResponseLocation = t.Column<string>(maxLength: IdempotencyRecord.LocationLength, nullable: true),
                ResponseBody = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_ApiIdempotencyKeys", x => new { x.TokenId, x.Key }));
        builder.CreateIndex("IX_ApiIdempotencyKeys_CreatedUtc", IdempotencyRecord.TableName, "CreatedUtc");
    }
}
