namespace Portal.Core.Migrations;

/// <summary>The framework's own steps, which run before any module's.</summary>
internal static class CoreMigrations
{
    public static ModuleMigrations All { get; } = new(MigrationRunner.CoreModuleId,
    [
        new CreateContentItems(),
        new CreateSiteTables(),
        new CreateIdentityTables(),
        new CreateDataProtectionKeys(),
    ]);
}
