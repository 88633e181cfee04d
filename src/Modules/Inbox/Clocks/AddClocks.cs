using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Portal.Core.Data;
using Portal.Core.Migrations;
using Portal.Inbox.Calendar;
using Portal.Inbox.Categories;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>
/// The business calendar (office hours Monday to Friday 9:00–14:00, the national holidays of 2026 and 2027), the
/// response targets with the defaults the law suggests, and the clocks of requests.
/// </summary>
internal sealed class AddClocks : MigrationStep
{
    public const string Complaints = "Quejas y sugerencias";
    public const string PublicInformation = "Solicitud de acceso a información pública";

    private const int EnumLength = InboxModel.EnumLength;

    public override string Id => "Inbox.0002.AddClocks";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: WorkingInterval.TableName,
            columns: t => new
            {
                Id = IntKey(t),
                Day = t.Column<string>(maxLength: EnumLength),
                StartMinute = t.Column<int>(),
                EndMinute = t.Column<int>(),
            },
            constraints: t => t.PrimaryKey("PK_InboxWorkingHours", x => x.Id));

        builder.CreateTable(
            name: Holiday.TableName,
            columns: t => new
            {
                Id = IntKey(t),
                Date = t.Column<DateOnly>(),
                Name = t.Column<string>(maxLength: Holiday.NameLength),
                Scope = t.Column<string>(maxLength: EnumLength),
            },
            constraints: t => t.PrimaryKey("PK_InboxHolidays", x => x.Id));
        builder.CreateIndex("IX_InboxHolidays_Date", Holiday.TableName, "Date", unique: true);

        builder.CreateTable(
            name: ResponseTarget.TableName,
            columns: t => new
            {
                Id = IntKey(t),
                CategoryId = t.Column<int>(nullable: true),
                Channel = t.Column<string>(maxLength: EnumLength, nullable: true),
                Kind = t.Column<string>(maxLength: EnumLength),
                Amount = t.Column<int>(),
                Unit = t.Column<string>(maxLength: EnumLength),
            },
            constraints: t => t.PrimaryKey("PK_InboxTargets", x => x.Id));

        builder.CreateTable(
            name: RequestClock.TableName,
            columns: t => new
            {
                Id = t.Column<long>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RequestId = t.Column<long>(),
                Cycle = t.Column<int>(),
                Kind = t.Column<string>(maxLength: EnumLength),
                StartUtc = t.Column<DateTime>(),
                EndUtc = t.Column<DateTime>(nullable: true),
                PausedSinceUtc = t.Column<DateTime>(nullable: true),
                PausedWorkingSeconds = t.Column<long>(),
                PausedWorkingDays = t.Column<int>(),
                PausedCalendarDays = t.Column<int>(),
                TargetAmount = t.Column<int>(nullable: true),
                TargetUnit = t.Column<string>(maxLength: EnumLength, nullable: true),
                DueUtc = t.Column<DateTime>(nullable: true),
                WarnedPercent = t.Column<int>(),
                NextWarningUtc = t.Column<DateTime>(nullable: true),
                ElapsedSeconds = t.Column<long>(nullable: true),
                Met = t.Column<bool>(nullable: true),
                Channel = t.Column<string>(maxLength: EnumLength),
                UnitId = t.Column<int>(nullable: true),
                CategoryId = t.Column<int>(nullable: true),
                OwnerId = t.Column<string>(maxLength: Request.UserIdLength, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_InboxClocks", x => x.Id));
        builder.CreateIndex("IX_InboxClocks_RequestId_EndUtc", RequestClock.TableName, ["RequestId", "EndUtc"]);
        builder.CreateIndex("IX_InboxClocks_NextWarningUtc", RequestClock.TableName, "NextWarningUtc");
        builder.CreateIndex("IX_InboxClocks_StartUtc", RequestClock.TableName, "StartUtc");
    }

    public override async Task DataAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            db.Add(new WorkingInterval { Day = day, StartMinute = 9 * 60, EndMinute = 14 * 60 });
        }

        foreach (var (date, name) in SpanishHolidays.National(2026).Concat(SpanishHolidays.National(2027)))
        {
            db.Add(new Holiday { Date = date, Name = name, Scope = HolidayScope.National });
        }

        var complaints = await CategoryAsync(db, Complaints, cancellationToken);
        var information = await CategoryAsync(db, PublicInformation, cancellationToken);
        foreach (var channel in Enum.GetValues<InboxChannel>().Where(InboxChannels.IsPublic))
        {
            db.Add(new ResponseTarget { Channel = channel, Kind = ClockKind.FirstResponse, Amount = 24, Unit = TargetUnit.WorkingHours });
        }

        db.Add(new ResponseTarget { CategoryId = complaints.Id, Kind = ClockKind.Resolution, Amount = 20, Unit = TargetUnit.WorkingDays });
        db.Add(new ResponseTarget { CategoryId = information.Id, Kind = ClockKind.Resolution, Amount = 1, Unit = TargetUnit.CalendarMonths });
        db.Add(new ResponseTarget { Kind = ClockKind.Resolution, Amount = 3, Unit = TargetUnit.CalendarMonths });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The category of that name, created unless another step already did.</summary>
    private static async Task<Category> CategoryAsync(PortalDbContext db, string name, CancellationToken cancellationToken)
    {
        var category = await db.Set<Category>().SingleOrDefaultAsync(c => c.Name == name, cancellationToken);
        if (category is null)
        {
            category = new Category { Name = name };
            db.Add(category);
            await db.SaveChangesAsync(cancellationToken);
        }

        return category;
    }

    private static OperationBuilder<AddColumnOperation> IntKey(ColumnsBuilder t) =>
        t.Column<int>().Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
