using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

/// <summary>A site installed without <c>Portal:Admin:Password</c>: it makes one up for the first administrator.</summary>
public sealed class GeneratedAdminPasswordFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Admin:Password", "");
    }
}

public sealed partial class GeneratedAdminPasswordTests(GeneratedAdminPasswordFixture fixture)
    : PortalTest<GeneratedAdminPasswordFixture>(fixture), IClassFixture<GeneratedAdminPasswordFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_generated_password_is_logged_once_and_signs_in_also_after_a_restart()
    {
        ExpectLog(IsGeneratedPasswordWarning);

        var warning = Assert.Single(Fixture.Logs.Records, IsGeneratedPasswordWarning);
        var password = GeneratedPasswordPattern().Match(warning.Message).Groups[1].Value;
        Assert.Equal(24, password.Length);
        using (var client = await Host.SignedInClientAsync(PortalHost.AdminUserName, password))
        {
            Assert.Contains("Escritorio", await client.GetStringAsync("/admin", Ct), StringComparison.Ordinal);
        }

        await Fixture.RestartAsync();

        Assert.Same(warning, Assert.Single(Fixture.Logs.Records, r => r.Message.Contains(password, StringComparison.Ordinal)));
        using var again = await Host.SignedInClientAsync(PortalHost.AdminUserName, password);
    }

    private static bool IsGeneratedPasswordWarning(LogRecord record) =>
        record.Level == LogLevel.Warning && record.Message.Contains("with the generated password", StringComparison.Ordinal);

    [GeneratedRegex(@"generated password: (\S+) \(")]
    private static partial Regex GeneratedPasswordPattern();
}
