using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// Base of the tests that share one host and sandbox per class. xunit runs a class's tests in a random order, so
/// each one starts from the sandbox's defaults (no fault waiting, no token checked) whatever the last one left,
/// even when it failed half-way.
/// </summary>
public abstract class SyndicationTest<TFixture>(TFixture fixture) : PortalTest<TFixture>(fixture)
    where TFixture : SyndicationFixture
{
    protected SandboxServer Sandbox => Fixture.Sandbox;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Sandbox.Tokens.Clear();
        Sandbox.Faults.Clear();
    }
}
