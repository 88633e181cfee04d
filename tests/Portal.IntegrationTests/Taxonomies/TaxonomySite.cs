using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Taxonomies.Terms;
using Portal.Testing;

namespace Portal.IntegrationTests.Taxonomies;

/// <summary>Stands in for a content module: tests say which terms "content" uses.</summary>
public sealed class TestTermUsages
{
    private readonly ConcurrentDictionary<(string Vocabulary, string Slug), TermUsage[]> _usages = new();

    public void Use(string vocabulary, string slug, params TermUsage[] usages) => _usages[(vocabulary, slug)] = usages;

    public void Release(string vocabulary, string slug) => _usages.TryRemove((vocabulary, slug), out _);

    public IReadOnlyList<TermUsage> Of(string vocabulary, string slug) => _usages.TryGetValue((vocabulary, slug), out var usages) ? usages : [];
}

public sealed class TestTermUsageProvider(TestTermUsages usages) : ITermUsageProvider
{
    public Task<IReadOnlyList<TermUsage>> GetUsagesAsync(string vocabulary, string slug, CancellationToken cancellationToken) =>
        Task.FromResult(usages.Of(vocabulary, slug));
}

/// <summary>A fresh site whose "content" uses the terms that <see cref="TestTermUsages"/> says.</summary>
public class TaxonomyFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(s =>
        {
            s.AddSingleton<TestTermUsages>();
            s.TryAddEnumerable(ServiceDescriptor.Scoped<ITermUsageProvider, TestTermUsageProvider>());
        });
    }
}

public static class TaxonomyQueries
{
    /// <summary>The vocabulary's terms as the store (and so every editor form) sees them now.</summary>
    public static Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(this PortalHost host, string vocabulary) =>
        host.RunAsync((services, ct) => services.GetRequiredService<ITaxonomyStore>().GetTermsAsync(vocabulary, ct));

    public static async Task<TaxonomyTerm> TermAsync(this PortalHost host, string vocabulary, string slug) =>
        Assert.Single(await host.TermsAsync(vocabulary), t => t.Slug == slug);
}
