using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;

namespace Portal.Core.Security.KeyRing;

/// <summary>
/// Data Protection keys live in the database so that every node decrypts what another encrypted. Sites that
/// kept them in App_Data/keys before would lose their stored channel credentials and sessions without them, so
/// each start copies in the key files the table lacks, before anything protects or unprotects data.
/// </summary>
internal sealed class KeyFileImport(AppDataPaths paths, ILogger<KeyFileImport> logger) : IPortalInitializer
{
    /// <summary>The folder the keys were kept in before they moved to the database.</summary>
    public const string LegacyFolder = "keys";

    public int Order => 5;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await ImportAsync(services.GetRequiredService<PortalDbContext>(), cancellationToken);

        // Loading the key ring now makes the first node to start create the site's key, so nodes started after
        // it find that key instead of each making one the others do not know yet.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(KeyFileImport)).Protect([]);
    }

    private async Task ImportAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.Root, LegacyFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var known = (await db.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var imported = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name))
            {
                continue;
            }

            var xml = XElement.Load(file);
            db.DataProtectionKeys.Add(new() { FriendlyName = name, Xml = xml.ToString(SaveOptions.DisableFormatting) });
            imported++;
        }

        if (imported > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Imported {Count} Data Protection key(s) from {Folder} into the database.", imported, folder);
        }
    }
}
