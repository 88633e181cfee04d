namespace Portal.Core.Modules;

/// <summary>
/// What a module declares about itself: checked by the compiler, read at start-up. A module is one feature, the
/// switch that gates its endpoints, pages, menu entries and tasks.
/// </summary>
public sealed record ModuleManifest(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    FeatureManifest Feature)
{
    public string Version { get; init; } = "1.0.0";
}

/// <summary>
/// A module's runtime switch. Every installed module registers its services; a feature that is off
/// hides the module's endpoints, menu entries and tasks.
/// </summary>
public sealed record FeatureManifest(string Id, string Name, string Description)
{
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public bool EnabledByDefault { get; init; } = true;

    /// <summary>Features the site cannot run without (sign-in, the content store) can never be switched off.</summary>
    public bool AlwaysOn { get; init; }
}
