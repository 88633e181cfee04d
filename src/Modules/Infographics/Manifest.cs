using Portal.Core.Modules;

namespace Portal.Infographics;

internal static class Manifest
{
    public const string Feature = "Infographics";

    public static ModuleManifest Value { get; } = new(
        Id: "Infographics",
        Name: "Infografías",
        Description: "Infografías con su versión en texto, sus datos en tabla y su trámite relacionado.",
        Category: "Content",
        Dependencies: ["Contents", "Media", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Infografías", "Infografías con su versión en texto, sus datos en tabla y su trámite relacionado."));
}
