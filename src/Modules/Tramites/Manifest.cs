using Portal.Core.Modules;

namespace Portal.Tramites;

internal static class Manifest
{
    public const string Feature = "Tramites";

    public static ModuleManifest Value { get; } = new(
        Id: "Tramites",
        Name: "Trámites",
        Description: "Guías de trámites: requisitos, documentos, plazos, canales y pasos, en lenguaje claro.",
        Category: "Contenido",
        Dependencies: ["Admin", "Contents", "Media", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Trámites", "Guías de trámites: requisitos, documentos, plazos, canales y pasos, en lenguaje claro."));
}
