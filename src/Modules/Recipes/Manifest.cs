using Portal.Core.Modules;

namespace Portal.Recipes;

internal static class Manifest
{
    public const string Feature = "Recipes";

    public static ModuleManifest Value { get; } = new(
        Id: "Recipes",
        Name: "Recetas",
        Description: "Importar y exportar el sitio como receta JSON.",
        Category: "Core",
        Dependencies: ["Admin"],
        Feature: new FeatureManifest(Feature, "Recetas", "Importar y exportar el sitio como receta JSON."));
}
