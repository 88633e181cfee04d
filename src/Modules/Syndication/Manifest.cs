using Portal.Core.Modules;

namespace Portal.Syndication;

internal static class Manifest
{
    public const string Feature = "Syndication";

    public static ModuleManifest Value { get; } = new(
        Id: "Syndication",
        Name: "Difusión en redes",
        Description: "Publica cada contenido en Mastodon, Bluesky, Telegram, Facebook, X y LinkedIn, una sola vez y sin perder ninguno, y trae a casa lo que la ciudadanía contesta.",
        Category: "Contenido",
        Dependencies: ["Admin", "Contents", "Media", "PlainLanguage", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Difusión en redes", "Publica cada contenido en las redes sociales conectadas."));
}
