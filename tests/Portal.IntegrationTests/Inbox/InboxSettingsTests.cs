using System.Net;
using Portal.Inbox;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

/// <summary>An administrator names the organisation in the references; new requests carry the new prefix.</summary>
public sealed class InboxSettingsTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task The_reference_prefix_is_validated_and_new_requests_carry_it()
    {
        using var admin = await Host.SignedInClientAsync();
        var ct = TestContext.Current.CancellationToken;

        var refused = await admin.PostFormAsync(InboxPaths.Settings, [new("Prefix", "V1")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Escriba de 1 a 6 letras", await refused.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(InboxPaths.Settings, [new("Prefix", " mvr ")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"MVR\"", await admin.GetStringAsync(InboxPaths.Settings, ct), StringComparison.Ordinal);

        var request = await Host.OpenRequestAsync("¿Cuándo pasa el camión de la basura?", sender: "prefijo@correo.example");
        Assert.StartsWith("MVR-", request.Reference, StringComparison.Ordinal);
    }
}
