using Cronos;

namespace Portal.Core.Tasks;

/// <summary>A cron expression of five fields (minute resolution) or six (seconds first), evaluated in UTC.</summary>
public sealed class TaskSchedule
{
    private readonly CronExpression _cron;

    private TaskSchedule(string expression, CronExpression cron)
    {
        Expression = expression;
        _cron = cron;
    }

    public string Expression { get; }

    /// <exception cref="FormatException">The expression is not a five- or six-field cron expression.</exception>
    public static TaskSchedule Parse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        var format = fields switch
        {
            5 => CronFormat.Standard,
            6 => CronFormat.IncludeSeconds,
            _ => throw new FormatException($"'{expression}' has {fields} fields; a schedule has five (minute hour day month weekday) or six (seconds first)."),
        };
        try
        {
            return new TaskSchedule(expression, CronExpression.Parse(expression, format));
        }
        catch (CronFormatException ex)
        {
            throw new FormatException($"'{expression}' is not a valid cron expression: {ex.Message}", ex);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="fromUtc"/>, or null when the expression never fires again.</summary>
    public DateTime? Next(DateTime fromUtc) => _cron.GetNextOccurrence(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc));
}
