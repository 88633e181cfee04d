namespace Portal.Syndication.Channels;

/// <summary>Each network's API root and default message; a channel may point elsewhere (its Mastodon instance, the sandbox).</summary>
public static class NetworkDefaults
{
    public static string ApiBaseUrl(SocialNetwork network) => network switch
    {
        SocialNetwork.Mastodon => "https://mastodon.social",
        SocialNetwork.Bluesky => "https://bsky.social",
        SocialNetwork.Telegram => "https://api.telegram.org",
        SocialNetwork.Facebook => "https://graph.facebook.com/v21.0",
        SocialNetwork.X => "https://api.x.com",
        _ => "https://api.linkedin.com",
    };

    /// <summary>Where an administrator authorizes Portal: X on x.com, LinkedIn on www.linkedin.com, Mastodon on the instance.</summary>
    public static string AuthorizeUrl(SocialNetwork network, string apiBaseUrl) => network switch
    {
        SocialNetwork.X => OAuthUrl(network, apiBaseUrl, "https://x.com", "/i/oauth2/authorize"),
        SocialNetwork.LinkedIn => OAuthUrl(network, apiBaseUrl, LinkedInOAuthRoot, "/oauth/v2/authorization"),
        _ => Root(apiBaseUrl) + "/oauth/authorize",
    };

    /// <summary>The OAuth token endpoint: X serves it on its API host, LinkedIn on www.linkedin.com, Mastodon on the instance.</summary>
    public static string TokenUrl(SocialNetwork network, string apiBaseUrl) => network switch
    {
        SocialNetwork.X => Root(apiBaseUrl) + "/2/oauth2/token",
        SocialNetwork.LinkedIn => OAuthUrl(network, apiBaseUrl, LinkedInOAuthRoot, "/oauth/v2/accessToken"),
        _ => Root(apiBaseUrl) + "/oauth/token",
    };

    /// <summary>The path the social sandbox serves each network under.</summary>
    public static string SandboxPath(SocialNetwork network) => network switch
    {
        SocialNetwork.Facebook => "facebook/v21.0",
        _ => network.ToString().ToLowerInvariant(),
    };

    private const string LinkedInOAuthRoot = "https://www.linkedin.com";

    /// <summary>
    /// A host of the network's own when the channel talks to the network's API; a stand-in (the sandbox) serves
    /// everything under the channel's root.
    /// </summary>
    private static string OAuthUrl(SocialNetwork network, string apiBaseUrl, string networkRoot, string path) =>
        Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out var api) && api.Host.Equals(new Uri(ApiBaseUrl(network)).Host, StringComparison.OrdinalIgnoreCase)
            ? networkRoot + path
            : Root(apiBaseUrl) + path;

    private static string Root(string apiBaseUrl) => apiBaseUrl.TrimEnd('/');

    /// <summary>
    /// Spanish defaults in Liquid. Short networks get the title, the link and the hashtags; long ones the summary
    /// too. Variables: titulo, resumen, enlace, etiquetas, tipo, imagen_alt.
    /// </summary>
    public static string Template(SocialNetwork network) => network switch
    {
        SocialNetwork.X => "{{ titulo }}\n\n{{ enlace }}{% if etiquetas != empty %}\n\n{{ etiquetas }}{% endif %}",
        SocialNetwork.Bluesky => "{{ titulo }}\n\n{{ resumen | truncate: 180 }}\n\n{{ enlace }}",
        _ => "{{ titulo }}\n\n{{ resumen }}\n\n{{ enlace }}{% if etiquetas != empty %}\n\n{{ etiquetas }}{% endif %}",
    };
}
