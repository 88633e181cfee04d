using Portal.Core.Modules;

namespace Portal.Blog;

internal static class Manifest
{
    public const string Feature = "Blog";

    public static ModuleManifest Value { get; } = new(
        Id: "Blog",
        Name: "Blog",
        Description: "Noticias, avisos y explicaciones del ayuntamiento, con enlaces a los trámites.",
        Category: "Content",
        Dependencies: ["Contents", "Media", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Blog", "Noticias, avisos y explicaciones del ayuntamiento, con enlaces a los trámites."));
}
