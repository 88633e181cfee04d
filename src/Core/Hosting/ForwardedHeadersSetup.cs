using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Portal.Core.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy (nginx), the scheme and the client's address come from X-Forwarded-Proto and
/// X-Forwarded-For, so the site knows a request was HTTPS: HSTS is sent and cookies are marked Secure. Only the
/// proxies ASP.NET Core trusts by default (loopback) and those listed under <see cref="Section"/> are believed.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Portal:ForwardedHeaders";

    /// <summary>Reads <c>KnownProxies</c> (addresses) and <c>KnownNetworks</c> (CIDR); a wrong entry stops the start.</summary>
    public static void Apply(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in Entries(configuration, "KnownProxies"))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in Entries(configuration, "KnownNetworks"))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8)."));
        }
    }

    private static IEnumerable<string> Entries(IConfiguration configuration, string key) =>
        configuration.GetSection($"{Section}:{key}").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);
}
