using Portal.Core.Modules;

namespace Portal.Admin;

internal static class Manifest
{
    public const string Feature = "Admin";

    public static ModuleManifest Value { get; } = new(
        Id: "Admin",
        Name: "Administración",
        Description: "El panel de administración: menú, escritorio, funcionalidades y tareas.",
        Category: "Core",
        Dependencies: [],
        Feature: new FeatureManifest(Feature, "Administración", "El panel de administración: menú, escritorio, funcionalidades y tareas.") { AlwaysOn = true });
}
