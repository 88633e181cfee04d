namespace Portal.Users;

/// <summary>Marker for this module's Spanish texts in Resources/UsersResources.resx.</summary>
public sealed class UsersResources;
