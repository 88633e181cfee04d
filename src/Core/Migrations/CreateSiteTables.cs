using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Core.Migrations;

internal sealed class CreateSiteTables : MigrationStep
{
    public override string Id => "Core.0002.CreateSiteTables";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: "FeatureStates",
            columns: t => new
            {
                FeatureId = t.Column<string>(maxLength: 128),
                Enabled = t.Column<bool>(),
                ChangedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_FeatureStates", x => x.FeatureId));

        builder.CreateTable(
            name: "SiteSettings",
            columns: t => new
            {
                Key = t.Column<string>(maxLength: 128),
                Value = t.Column<string>(),
                ModifiedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_SiteSettings", x => x.Key));

        builder.CreateTable(
            name: "TaskLeases",
            columns: t => new
            {
                TaskName = t.Column<string>(maxLength: 128),
                Holder = t.Column<string>(maxLength: 128, nullable: true),
                LeaseUntilUtc = t.Column<DateTime>(nullable: true),
                Enabled = t.Column<bool>(),
                NextRunUtc = t.Column<DateTime>(nullable: true),
                LastRunUtc = t.Column<DateTime>(nullable: true),
                LastDurationMs = t.Column<long>(nullable: true),
                LastError = t.Column<string>(nullable: true),
                RunNowRequested = t.Column<bool>(),
            },
            constraints: t => t.PrimaryKey("PK_TaskLeases", x => x.TaskName));
    }
}
