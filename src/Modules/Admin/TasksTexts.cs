using Portal.Core.Localization;
using Portal.Admin.Tasks;

namespace Portal.Admin;

/// <summary>The keys of the texts in <see cref="TasksResources"/> that a value chooses, one set per kind of text.</summary>
public static class TasksTexts
{
    public static readonly ResourceKeys<ScheduledTaskState, TasksResources> State = new("Tasks_State", Enum.GetValues<ScheduledTaskState>());
}
