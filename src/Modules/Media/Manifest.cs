using Portal.Core.Modules;

namespace Portal.Media;

internal static class Manifest
{
    public const string Feature = "Media";

    public static ModuleManifest Value { get; } = new(
        Id: "Media",
        Name: "Medios",
        Description: "Biblioteca de imágenes, documentos, vídeos y subtítulos.",
        Category: "Core",
        Dependencies: ["Admin"],
        Feature: new FeatureManifest(Feature, "Medios", "Biblioteca de imágenes, documentos, vídeos y subtítulos."));
}
