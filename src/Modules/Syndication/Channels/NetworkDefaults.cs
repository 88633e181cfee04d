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

    /// <summary>The path the social sandbox serves each network under.</summary>
    public static string SandboxPath(SocialNetwork network) => network switch
    {
        SocialNetwork.Facebook => "facebook/v21.0",
        _ => network.ToString().ToLowerInvariant(),
    };

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
