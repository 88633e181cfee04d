using Portal.Core.Modules;

namespace Portal.Taxonomies;

internal static class Manifest
{
    public const string Feature = "Taxonomies";

    public static ModuleManifest Value { get; } = new(
        Id: "Taxonomies",
        Name: "Taxonomías",
        Description: "Temas, hechos vitales y destinatarios con los que se clasifican los contenidos.",
        Category: "Core",
        Dependencies: ["Admin"],
        Feature: new FeatureManifest(Feature, "Taxonomías", "Temas, hechos vitales y destinatarios con los que se clasifican los contenidos.") { AlwaysOn = true });
}
