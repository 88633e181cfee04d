namespace Portal.Admin;

/// <summary>Marker for the Spanish texts of the scheduled tasks page in Resources/TasksResources.resx.</summary>
public sealed class TasksResources;
