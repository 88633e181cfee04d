namespace Portal.Core.Features;

public interface IFeatureManager
{
    /// <summary>Answers from memory: safe on every request.</summary>
    bool IsEnabled(string featureId);

    IReadOnlyList<FeatureStatus> List();

    /// <summary>
    /// Switches features on or off inside the given unit of work; the snapshot reloads after it commits. Switching on brings its dependencies;
    /// switching off takes its dependants. Always-on features refuse to be switched off.
    /// </summary>
    Task<IReadOnlyList<string>> SetEnabledAsync(UnitOfWork.IUnitOfWork unitOfWork, string featureId, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>Reloads the in-memory switches from the database.</summary>
    Task ReloadAsync(CancellationToken cancellationToken = default);
}

public sealed record FeatureStatus(Modules.FeatureDescriptor Feature, bool Enabled);

/// <summary>Endpoint metadata: the endpoint answers 404 while the feature is off.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
