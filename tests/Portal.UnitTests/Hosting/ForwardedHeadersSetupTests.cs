using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Portal.Core.Hosting;

namespace Portal.UnitTests.Hosting;

public sealed class ForwardedHeadersSetupTests
{
    [Fact]
    public void Configured_proxies_and_networks_are_trusted_besides_loopback()
    {
        var options = Apply(new()
        {
            ["Portal:ForwardedHeaders:KnownProxies:0"] = "192.0.2.10",
            ["Portal:ForwardedHeaders:KnownNetworks:0"] = "10.20.0.0/16",
        });

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
        Assert.Contains(IPAddress.Parse("192.0.2.10"), options.KnownProxies);
        Assert.Contains(IPAddress.IPv6Loopback, options.KnownProxies);
        Assert.Contains(System.Net.IPNetwork.Parse("10.20.0.0/16"), options.KnownIPNetworks);
        Assert.Contains(System.Net.IPNetwork.Parse("127.0.0.0/8"), options.KnownIPNetworks);
    }

    [Theory]
    [InlineData("Portal:ForwardedHeaders:KnownProxies:0", "nginx.local")]
    [InlineData("Portal:ForwardedHeaders:KnownNetworks:0", "10.20.0.0")]
    public void A_wrong_entry_names_the_setting(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Apply(new() { [key] = value }));

        Assert.Contains(key[..key.LastIndexOf(':')], error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    private static ForwardedHeadersOptions Apply(Dictionary<string, string?> settings)
    {
        var options = new ForwardedHeadersOptions();
        ForwardedHeadersSetup.Apply(options, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return options;
    }
}
