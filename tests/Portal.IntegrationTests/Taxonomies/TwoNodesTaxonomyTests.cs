using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Contents;
using Portal.Taxonomies.Terms;
using Portal.Testing;

namespace Portal.IntegrationTests.Taxonomies;

/// <summary>Two nodes of one site, on one database, sharing a clock the tests move forward.</summary>
public sealed class TwoTaxonomyNodesFixture : PortalFixture
{
    public TestClock Clock { get; } = new();

    public PortalHost Second { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var second = new PortalHost(Database, AppDataPath, Logs);
        Configure(second);
        Second = second.Start();
    }

    public override async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services => services.AddSingleton<TimeProvider>(Clock));
        // Only the clock moves here; the publishing task must not wake up for it.
        host.With("Portal:Tasks:Contents.PublishLater:Enabled", "false");
    }
}

public sealed class TwoNodesTaxonomyTests(TwoTaxonomyNodesFixture fixture) : PortalTest<TwoTaxonomyNodesFixture>(fixture), IClassFixture<TwoTaxonomyNodesFixture>
{
    [Fact]
    public async Task A_term_added_on_one_node_reaches_the_other_within_the_cache_age()
    {
        Assert.DoesNotContain(await Fixture.Second.TermsAsync(Vocabularies.Topics), t => t.Slug == "turismo");

        var created = await Host.RunAsync((services, ct) =>
            services.GetRequiredService<TermAdministration>().CreateAsync(Vocabularies.Topics, new TermInput("turismo", "Turismo", null, null), ct));
        Assert.True(created.Succeeded);
        Assert.Contains(await Host.TermsAsync(Vocabularies.Topics), t => t.Slug == "turismo");

        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Contains(await Fixture.Second.TermsAsync(Vocabularies.Topics), t => t.Slug == "turismo");
    }
}
