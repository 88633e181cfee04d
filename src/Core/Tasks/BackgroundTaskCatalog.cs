using Microsoft.Extensions.Configuration;

namespace Portal.Core.Tasks;

/// <summary>A registered task with the schedule and switch that configuration leaves it.</summary>
/// <param name="EnabledByConfiguration">False when <c>Portal:Tasks:&lt;Name&gt;:Enabled</c> switches it off on this node; the admin cannot override that.</param>
public sealed record ScheduledTask(IBackgroundTask Task, TaskSchedule Schedule, bool EnabledByConfiguration)
{
    public string Name => Task.Name;
}

/// <summary>
/// The tasks the modules registered, each with its effective schedule. Built once at start-up, so a bad cron
/// expression or a duplicate name stops the site with a message that names the task.
/// </summary>
public sealed class BackgroundTaskCatalog
{
    private readonly Dictionary<string, ScheduledTask> _byName = new(StringComparer.Ordinal);

    public BackgroundTaskCatalog(IEnumerable<IBackgroundTask> tasks, IConfiguration configuration)
    {
        var overrides = configuration.GetSection(BackgroundTaskOptions.Section);
        foreach (var task in tasks)
        {
            if (string.IsNullOrWhiteSpace(task.Name) || task.Name.Length > 128 || task.Name.Contains(':', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The background task {task.GetType().Name} needs a name of 1 to 128 characters without ':' (it is a configuration key), not '{task.Name}'.");
            }

            var section = overrides.GetSection(task.Name);
            var expression = section["Schedule"] ?? task.Schedule;
            TaskSchedule schedule;
            try
            {
                schedule = TaskSchedule.Parse(expression);
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"The schedule of the background task '{task.Name}' is wrong: {ex.Message}", ex);
            }

            if (!_byName.TryAdd(task.Name, new ScheduledTask(task, schedule, section.GetValue("Enabled", true))))
            {
                throw new InvalidOperationException($"Two background tasks are named '{task.Name}'.");
            }
        }

        Tasks = [.. _byName.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every task, by name.</summary>
    public IReadOnlyList<ScheduledTask> Tasks { get; }

    public ScheduledTask? Find(string name) => _byName.GetValueOrDefault(name);
}
