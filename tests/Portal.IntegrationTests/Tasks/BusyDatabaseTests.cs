using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Portal.Testing;

namespace Portal.IntegrationTests.Tasks;

/// <summary>
/// SQLite has one writer at a time. While a long transaction (a large recipe import, a backup) holds the write lock
/// longer than a command waits, the scheduler's lease poll must back off quietly and run its tasks once the lock is free.
/// </summary>
public sealed class BusyDatabaseTests(BusyDatabaseFixture fixture) : PortalTest<BusyDatabaseFixture>(fixture), IClassFixture<BusyDatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_writer_held_off_by_a_long_transaction_backs_off_without_an_error_and_runs_once_the_lock_is_free()
    {
        Assert.SkipWhen(Fixture.Database.Provider != "Sqlite", "PostgreSQL has row locks: a long transaction does not hold off other writers.");
        await Fixture.Recorder.WaitForRunsAsync("Test.EverySecond", 1);
        var notesBefore = BusyNotes().Count;

        await using (var holder = new SqliteConnection($"Data Source={Fixture.DatabaseFile};Pooling=False"))
        {
            await holder.OpenAsync(Ct);
            await using (var hold = holder.CreateCommand())
            {
                hold.CommandText = "BEGIN IMMEDIATE;";
                await hold.ExecuteNonQueryAsync(Ct);
            }

            await TaskRecorder.WaitUntilAsync(() => Task.FromResult(BusyNotes().Count > notesBefore), "the scheduler to note that the database was busy");
            var runsWhileHeld = Fixture.Recorder.Runs("Test.EverySecond");

            await using var release = holder.CreateCommand();
            release.CommandText = "ROLLBACK;";
            await release.ExecuteNonQueryAsync(Ct);

            await Fixture.Recorder.WaitForRunsAsync("Test.EverySecond", runsWhileHeld + 2);
        }

        Assert.All(BusyNotes(), n => Assert.Equal(LogLevel.Information, n.Level));
    }

    private List<LogNote> BusyNotes() =>
        [.. Fixture.Notes.Notes.Where(n => n.Category == "Portal.Core.Tasks.BackgroundTaskScheduler" && n.Message.Contains("busy", StringComparison.Ordinal))];
}
