using Portal.Core.Modules;

namespace Portal.Inbox;

internal static class Manifest
{
    public const string Feature = "Inbox";

    public static ModuleManifest Value { get; } = new(
        Id: "Inbox",
        Name: "Atención ciudadana",
        Description: "Reúne en una bandeja lo que la ciudadanía pregunta por cualquier canal, con número de referencia, plazos de respuesta en días hábiles, protección de datos e informes.",
        Category: "Atención ciudadana",
        Dependencies: ["Admin", "Contents", "PlainLanguage", "Syndication", "Taxonomies"],
        Feature: new FeatureManifest(Feature, "Atención ciudadana", "Convierte cada conversación con la ciudadanía en una solicitud con referencia y plazo."));
}
