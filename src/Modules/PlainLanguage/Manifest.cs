using Portal.Core.Modules;

namespace Portal.PlainLanguage;

internal static class Manifest
{
    public const string Feature = "PlainLanguage";

    public static ModuleManifest Value { get; } = new(
        Id: "PlainLanguage",
        Name: "Lenguaje claro",
        Description: "Puntuación de legibilidad y avisos de lenguaje claro para los textos en español.",
        Category: "Content",
        Dependencies: ["Admin"],
        Feature: new FeatureManifest(Feature, "Lenguaje claro", "Puntuación de legibilidad y avisos de lenguaje claro para los textos en español."));
}
