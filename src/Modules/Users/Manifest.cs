using Portal.Core.Modules;

namespace Portal.Users;

internal static class Manifest
{
    public const string Feature = "Users";

    public static ModuleManifest Value { get; } = new(
        Id: "Users",
        Name: "Usuarios",
        Description: "Acceso al panel, usuarios, roles y permisos.",
        Category: "Core",
        Dependencies: ["Admin"],
        Feature: new FeatureManifest(Feature, "Usuarios", "Acceso al panel, usuarios, roles y permisos.") { AlwaysOn = true });
}
