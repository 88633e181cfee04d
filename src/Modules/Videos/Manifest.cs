using Portal.Core.Modules;

namespace Portal.Videos;

internal static class Manifest
{
    public const string Feature = "Videos";

    public static ModuleManifest Value { get; } = new(
        Id: "Videos",
        Name: "Vídeos",
        Description: "Vídeos tutoriales con subtítulos, transcripción y audiodescripción; los de YouTube o Vimeo, solo si el visitante acepta.",
        Category: "Content",
        Dependencies: ["Contents", "Media", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Vídeos", "Vídeos tutoriales con subtítulos, transcripción y audiodescripción; los de YouTube o Vimeo, solo si el visitante acepta."));
}
