using Portal.Core.Modules;

namespace Portal.Themes.Default;

internal static class Manifest
{
    public const string Feature = "Theme.Default";

    public static ModuleManifest Value { get; } = new(
        Id: "Theme.Default",
        Name: "Tema predeterminado",
        Description: "Diseño público accesible: cabecera, pie, portada y páginas de error.",
        Category: "Core",
        Dependencies: ["Admin", "Contents", "PublicSite", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Tema predeterminado", "Diseño público accesible: cabecera, pie, portada y páginas de error.") { AlwaysOn = true });
}
