using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Testing;

/// <summary>
/// Collects what the server logs at Warning or above. A test fails when the server logged a warning or error that
/// the test did not declare as expected: a hidden server error must never pass for a green test.
/// </summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<LogRecord> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    /// <summary>Returns the unexpected records logged since <paramref name="mark"/>.</summary>
    public IReadOnlyList<LogRecord> Unexpected(int mark, IEnumerable<Func<LogRecord, bool>> expected) =>
        [.. _records.Skip(mark).Where(r => !expected.Any(e => e(r)))];

    public int Mark => _records.Count;

    public void Dispose()
    {
    }

    private sealed class SinkLogger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                sink._records.Enqueue(new LogRecord(logLevel, category, eventId, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record LogRecord(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() => $"[{Level}] {Category}: {Message}{(Exception is null ? "" : Environment.NewLine + Exception)}";
}
