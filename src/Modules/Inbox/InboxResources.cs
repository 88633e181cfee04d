namespace Portal.Inbox;

/// <summary>Marker for this module's Spanish texts in Resources/InboxResources.resx.</summary>
public sealed class InboxResources;
