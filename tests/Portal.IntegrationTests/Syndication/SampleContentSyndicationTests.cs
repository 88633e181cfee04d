using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.IntegrationTests.Syndication;

/// <summary>A fresh site from the default recipe whose channels already exist when the recipe runs (the sandbox's).</summary>
public sealed class SampleContentFixture : SyndicationFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Setup:Recipe", "recipes/portal.recipe.json");
    }
}

/// <summary>The default recipe's demo pages, legal notice and accessibility statement never reach the networks.</summary>
public sealed class SampleContentSyndicationTests(SampleContentFixture fixture) : SyndicationTest<SampleContentFixture>(fixture), IClassFixture<SampleContentFixture>
{
    [Fact]
    public async Task A_fresh_site_with_channels_queues_nothing_for_the_recipes_sample_content()
    {
        var published = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().ContentItems.CountAsync(c => c.Published, ct));
        var channels = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Portal.Syndication.Channels.Channel>().CountAsync(ct));

        Assert.True(published > 20, $"The default recipe published {published} items.");
        Assert.Equal(6, channels);
        Assert.Empty(await Host.DeliveriesAsync());
    }
}
