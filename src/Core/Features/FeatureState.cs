namespace Portal.Core.Features;

/// <summary>A feature's switch as an administrator (or the setup recipe) left it.</summary>
public sealed class FeatureState
{
    public string FeatureId { get; set; } = "";

    public bool Enabled { get; set; }

    public DateTime ChangedUtc { get; set; }
}
