using Portal.Core.Modules;

namespace Portal.Search;

internal static class Manifest
{
    public const string Feature = "Search";

    public static ModuleManifest Value { get; } = new(
        Id: "Search",
        Name: "Buscador",
        Description: "Buscador del sitio en español: sinónimos, errores de escritura, filtros y sugerencias.",
        Category: "Content",
        Dependencies: ["Admin", "Contents", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Buscador", "Buscador del sitio en español: sinónimos, errores de escritura, filtros y sugerencias."));
}
