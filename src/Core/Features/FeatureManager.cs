using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cluster;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Features;

/// <summary>Feature switches: stored in the database, read from a snapshot in memory that every node reloads on a change.</summary>
internal sealed class FeatureManager(ModuleCatalog catalog, IServiceScopeFactory scopes, TimeProvider time) : IFeatureManager, IClusterSignalHandler
{
    private const string TopicName = "features";

    private volatile FrozenDictionary<string, bool> _enabled = FrozenDictionary<string, bool>.Empty;

    public bool IsEnabled(string featureId)
    {
        var feature = catalog.FindFeature(featureId);
        if (feature is null)
        {
            return false;
        }

        return feature.Manifest.AlwaysOn || _enabled.GetValueOrDefault(feature.Id, feature.Manifest.EnabledByDefault);
    }

    public IReadOnlyList<FeatureStatus> List() => [.. catalog.Features.Select(f => new FeatureStatus(f, IsEnabled(f.Id)))];

    public async Task<IReadOnlyList<string>> SetEnabledAsync(IUnitOfWork unitOfWork, string featureId, bool enabled, CancellationToken cancellationToken = default)
    {
        var feature = catalog.FindFeature(featureId) ?? throw new FeatureException($"No module declares the feature '{featureId}'.");
        var affected = enabled ? WithDependencies(feature) : WithDependants(feature);
        var alwaysOn = affected.FirstOrDefault(f => f.Manifest.AlwaysOn);
        if (!enabled && alwaysOn is not null)
        {
            throw new FeatureException($"The feature '{alwaysOn.Id}' is always on and cannot be switched off.");
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var f in affected)
        {
            var state = await unitOfWork.Db.FeatureStates.FindAsync([f.Id], cancellationToken);
            if (state is null)
            {
                unitOfWork.Db.FeatureStates.Add(new FeatureState { FeatureId = f.Id, Enabled = enabled, ChangedUtc = now });
            }
            else
            {
                state.Enabled = enabled;
                state.ChangedUtc = now;
            }
        }

        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        unitOfWork.AfterCommit((services, ct) => services.GetRequiredService<IClusterSignals>().PublishAsync(services, TopicName, "", ct));
        return [.. affected.Select(f => f.Id)];
    }

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var states = await db.FeatureStates.AsNoTracking().ToListAsync(cancellationToken);
        _enabled = states.ToFrozenDictionary(s => s.FeatureId, s => s.Enabled, StringComparer.OrdinalIgnoreCase);
    }

    string IClusterSignalHandler.Topic => TopicName;

    Task IClusterSignalHandler.HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    Task IClusterSignalHandler.CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    private List<FeatureDescriptor> WithDependencies(FeatureDescriptor feature)
    {
        var result = new List<FeatureDescriptor>();
        void Visit(FeatureDescriptor f)
        {
            if (result.Contains(f))
            {
                return;
            }

            result.Add(f);
            foreach (var dependency in f.Manifest.Dependencies)
            {
                Visit(catalog.FindFeature(dependency)!);
            }
        }

        Visit(feature);
        return result;
    }

    private List<FeatureDescriptor> WithDependants(FeatureDescriptor feature)
    {
        var result = new List<FeatureDescriptor> { feature };
        for (var i = 0; i < result.Count; i++)
        {
            var current = result[i];
            result.AddRange(catalog.Features.Where(f => !result.Contains(f)
                && f.Manifest.Dependencies.Contains(current.Id, StringComparer.OrdinalIgnoreCase)));
        }

        return result;
    }
}

public sealed class FeatureException(string message) : Exception(message);
