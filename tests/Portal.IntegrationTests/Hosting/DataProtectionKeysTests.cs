using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// A site upgraded from a version that kept its Data Protection keys in App_Data/keys: the keys move into the
/// database, so channel credentials encrypted before the upgrade still decrypt, on this node and on any other.
/// </summary>
public sealed class DataProtectionKeysTests(DataProtectionKeysTests.LegacyKeysFixture fixture)
    : PortalTest<DataProtectionKeysTests.LegacyKeysFixture>(fixture), IClassFixture<DataProtectionKeysTests.LegacyKeysFixture>
{
    [Fact]
    public async Task Credentials_encrypted_with_the_old_key_files_decrypt_once_the_files_are_gone()
    {
        var keys = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName).ToListAsync(ct));
        Assert.Contains(Fixture.LegacyKeyName, keys);

        // Another node has no such folder; a restart without it reads the keys from the database alone.
        Directory.Delete(Fixture.LegacyFolder, recursive: true);
        await Fixture.RestartAsync();

        var credentials = Host.Services.GetRequiredService<CredentialProtector>().Unprotect(Fixture.ProtectedBeforeUpgrade);
        Assert.Equal("token-de-antes", credentials.AccessToken);
    }

    /// <summary>A site whose App_Data holds the key ring an earlier version wrote, and credentials protected with it.</summary>
    public sealed class LegacyKeysFixture : PortalFixture
    {
        public string LegacyFolder => Path.Combine(AppDataPath, "keys");

        public string ProtectedBeforeUpgrade { get; private set; } = "";

        public string LegacyKeyName { get; private set; } = "";

        public override async ValueTask InitializeAsync()
        {
            // What the earlier version configured: the application name and the key files under App_Data/keys.
            var legacy = DataProtectionProvider.Create(new DirectoryInfo(LegacyFolder), b => b.SetApplicationName("Portal"));
            ProtectedBeforeUpgrade = new CredentialProtector(legacy).Protect(new ChannelCredentials("token-de-antes"));
            LegacyKeyName = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(LegacyFolder, "*.xml")));
            await base.InitializeAsync();
        }
    }
}
