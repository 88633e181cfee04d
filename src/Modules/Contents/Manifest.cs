using Portal.Core.Modules;

namespace Portal.Contents;

internal static class Manifest
{
    public const string Feature = "Contents";

    public static ModuleManifest Value { get; } = new(
        Id: "Contents",
        Name: "Contenidos",
        Description: "Edición, versiones, publicación y programación de contenidos; páginas.",
        Category: "Core",
        Dependencies: ["Admin", "Taxonomies", "PlainLanguage"],
        Feature: new FeatureManifest(Feature, "Contenidos", "Edición, versiones, publicación y programación de contenidos; páginas."));
}
