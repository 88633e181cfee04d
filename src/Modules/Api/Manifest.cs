using Portal.Core.Modules;

namespace Portal.Api;

internal static class Manifest
{
    public const string Feature = "Api";

    public static ModuleManifest Value { get; } = new(
        Id: "Api",
        Name: "API REST",
        Description: "API de contenidos en JSON con tokens personales que crea un administrador.",
        Category: "Core",
        Dependencies: ["Admin", "Users", "Contents"],
        Feature: new FeatureManifest(Feature, "API REST", "API de contenidos en JSON con tokens personales que crea un administrador."));
}
