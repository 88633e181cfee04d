using System.Net;
using Portal.Inbox;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

/// <summary>The citizen's status page shows where a request stands and nothing personal; its form adds a private message.</summary>
public sealed class StatusPageTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task The_status_page_shows_the_state_without_personal_data_and_takes_a_private_message()
    {
        var request = await Host.OpenRequestAsync("Mi DNI es 12345678Z y vivo en la calle Mayor 3", sender: "vecino@correo.example");
        Assert.DoesNotContain("12345678Z", (await Host.RequestsAsync()).Single(r => r.Id == request.Id).Subject, StringComparison.Ordinal);
        using var citizen = Host.CreateBrowserLikeClient();
        var path = InboxPaths.PublicStatus(request.PublicToken);
        var ct = TestContext.Current.CancellationToken;

        var html = await citizen.GetStringAsync(path, ct);
        Assert.Contains(request.Reference, html, StringComparison.Ordinal);
        Assert.Contains("Nueva", html, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678Z", html, StringComparison.Ordinal);
        Assert.DoesNotContain("vecino@correo.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("calle Mayor 3", html, StringComparison.Ordinal);

        var empty = await citizen.PostFormAsync(path, [new("Text", "  ")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Escriba su mensaje.", await empty.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        var robot = await citizen.PostFormAsync(path, [new("Text", "Compre ya"), new("Website", "https://spam.example")]);
        Assert.Equal(HttpStatusCode.Redirect, robot.StatusCode);

        var sent = await citizen.PostFormAsync(path, [new("Text", "Mi teléfono es el 600 123 456."), new("Contact", "600 123 456")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var messages = await Host.MessagesAsync(request.Id);
        Assert.Equal(2, messages.Count);
        var written = messages[^1];
        Assert.Equal((InboxChannel.WebForm, MessageDirection.Inbound), (written.Channel, written.Direction));
        Assert.StartsWith("Mi teléfono es el 600 123 456.", written.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(messages, m => m.Text.Contains("Compre ya", StringComparison.Ordinal));
        Assert.Contains("Hemos recibido su mensaje", await citizen.GetStringAsync(path + "?sent=true", ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(InboxPaths.PublicStatus("desconocido"), ct)).StatusCode);
    }
}
