using Portal.Core.Modules;

namespace Portal.PublicSite;

internal static class Manifest
{
    public const string Feature = "PublicSite";

    public static ModuleManifest Value { get; } = new(
        Id: "PublicSite",
        Name: "Portal público",
        Description: "Portada, páginas de temas y hechos vitales, canales RSS y Atom, mapa del sitio y declaración de accesibilidad.",
        Category: "Core",
        Dependencies: ["Admin", "Contents", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Portal público", "Portada, páginas de temas y hechos vitales, canales RSS y Atom, mapa del sitio y declaración de accesibilidad."));
}
