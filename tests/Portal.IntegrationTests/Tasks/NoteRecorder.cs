using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.IntegrationTests.Tasks;

/// <summary>The server's Information lines and above, which the suite's log sink does not keep.</summary>
public sealed class NoteRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<LogNote> _notes = new();

    public IReadOnlyList<LogNote> Notes => [.. _notes];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _notes);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogNote> notes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                notes.Enqueue(new LogNote(logLevel, category, formatter(state, exception)));
            }
        }
    }
}

public sealed record LogNote(LogLevel Level, string Category, string Message);
