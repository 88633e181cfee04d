using System.Net;
using Portal.Core.Security;
using Portal.Inbox;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.IntegrationTests.Users;
using Portal.Syndication.Deliveries;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Privacy;

/// <summary>Flagging on arrival, "Pasar a privado" and redaction, through the intake and the message page.</summary>
public sealed class PersonalDataTests(PrivacyFixture fixture) : PortalTest<PrivacyFixture>(fixture), IClassFixture<PrivacyFixture>
{
    private const string Dni = "12345678Z";
    private const string Phone = "612 34 56 78";
    private static readonly string Flagged = $"Hola, soy la del bache. Mi DNI es {Dni} y mi móvil {Phone}, llamadme.";

    [Fact]
    public async Task A_message_with_personal_data_flags_the_message_and_the_request_with_the_kinds_alone()
    {
        var (flagged, _) = await Host.OpenPublicRequestAsync(Flagged);
        var clean = await Host.OpenRequestAsync("¿A qué hora abre el registro el 15/03/2026? Expediente 2026/000123.", InboxChannel.X, sender: "otra@correo.example");

        var requests = (await Host.RequestsAsync()).ToDictionary(r => r.Id);
        var message = Assert.Single(await Host.MessagesAsync(flagged.Id));
        var flag = Assert.Single(await Host.RowsAsync<PersonalDataFlag>(), f => f.RequestId == flagged.Id);

        Assert.True(requests[flagged.Id].PersonalData);
        Assert.True(message.PersonalData);
        Assert.Equal(message.Id, flag.MessageId);
        Assert.Equal("Dni,Phone", flag.Kinds);
        Assert.False(requests[clean.Id].PersonalData);
        Assert.False(Assert.Single(await Host.MessagesAsync(clean.Id)).PersonalData);
        Assert.DoesNotContain(await Host.RowsAsync<PersonalDataFlag>(), f => f.RequestId == clean.Id);
    }

    [Fact]
    public async Task Pasar_a_privado_queues_a_neutral_answer_with_the_private_link_and_records_it()
    {
        var (request, interactionId) = await Host.OpenPublicRequestAsync(Flagged);
        var inbound = Assert.Single(await Host.MessagesAsync(request.Id));
        using var admin = await Host.SignedInClientAsync();

        var page = await (await admin.GetAsync(InboxPaths.Message(inbound.Id), TestContext.Current.CancellationToken)).BodyAsync(HttpStatusCode.OK);
        using var moved = await admin.PostMessageAsync(inbound.Id, "MoveToPrivate", [new("answerId", Portal.Syndication.Replies.AnswerCommands.NewAnswerId())]);

        Assert.Contains("Pasar a privado", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var delivery = Assert.Single(await Host.RowsAsync<Delivery>(), d => d.InteractionId == interactionId);
        var link = PortalHost.PublicBaseUrl + InboxPaths.PublicStatus(request.PublicToken);
        Assert.Equal(DeliveryKind.Reply, delivery.Kind);
        Assert.Equal($"Hola. Para proteger sus datos, seguimos por privado: {link}. Su referencia es {request.Reference}.", delivery.Text);
        Assert.False(PersonalDataGuard.ContainsPersonalData(delivery.Text.Replace(link, "", StringComparison.Ordinal)));
        Assert.DoesNotContain(Dni, delivery.Text, StringComparison.Ordinal);

        var answer = Assert.Single(await Host.MessagesAsync(request.Id), m => m.Direction == MessageDirection.Outbound);
        Assert.Equal(MessagePurpose.MoveToPrivate, answer.Purpose);
        Assert.Equal(delivery.Id, answer.DeliveryId);
        Assert.Equal(MessageDelivery.Pending, answer.Delivery);
        Assert.Equal(InboxChannel.X, answer.Channel);
        Assert.Contains(await Host.EventsAsync(request.Id), e => e.Kind == RequestEventKind.MessageSent && e.MessageId == answer.Id && e.UserId != null);
    }

    [Fact]
    public async Task Pasar_a_privado_is_refused_when_the_citizens_last_message_carries_no_data()
    {
        var (request, interactionId) = await Host.OpenPublicRequestAsync("Hay un bache enorme delante del colegio.");
        var inbound = Assert.Single(await Host.MessagesAsync(request.Id));
        using var admin = await Host.SignedInClientAsync();

        using var refused = await admin.PostMessageAsync(inbound.Id, "MoveToPrivate", [new("answerId", Portal.Syndication.Replies.AnswerCommands.NewAnswerId())]);

        Assert.StartsWith("/admin/acceso-denegado", refused.RedirectPath(), StringComparison.Ordinal);
        Assert.DoesNotContain(await Host.RowsAsync<Delivery>(), d => d.InteractionId == interactionId);
        Assert.Single(await Host.MessagesAsync(request.Id));
    }

    [Fact]
    public async Task Redacting_keeps_the_original_encrypted_and_only_a_permitted_reading_shows_it_and_is_logged()
    {
        var request = await Host.OpenRequestAsync(Flagged, InboxChannel.WhatsApp, sender: "redaccion@correo.example");
        var message = Assert.Single(await Host.MessagesAsync(request.Id));
        using var admin = await Host.SignedInClientAsync();
        var page = await (await admin.GetAsync(InboxPaths.Message(message.Id), TestContext.Current.CancellationToken)).BodyAsync(HttpStatusCode.OK);
        var spans = PrivacyTestSteps.OfferedSpans(page);

        using var redacted = await admin.PostMessageAsync(message.Id, "Redact", spans.Select(s => new KeyValuePair<string, string>("span", s)));

        Assert.Equal(2, spans.Count);
        Assert.Equal(HttpStatusCode.Redirect, redacted.StatusCode);
        var stored = Assert.Single(await Host.MessagesAsync(request.Id));
        Assert.Equal("Hola, soy la del bache. Mi DNI es [dato suprimido] y mi móvil [dato suprimido], llamadme.", stored.Text);
        Assert.True(stored.Redacted);
        Assert.False(stored.PersonalData);
        Assert.False((await Host.RequestsAsync()).Single(r => r.Id == request.Id).PersonalData);
        var original = Assert.Single(await Host.RowsAsync<MessageOriginal>(), o => o.MessageId == message.Id);
        Assert.DoesNotContain(Dni, original.Protected, StringComparison.Ordinal);
        Assert.DoesNotContain("bache", original.Protected, StringComparison.Ordinal);
        Assert.Contains(await Host.EventsAsync(request.Id), e => e.Kind == RequestEventKind.Redacted);

        // A member of the citizen service handles the request but may not read originals.
        await Host.CreateUserAsync("atencion-redaccion", PortalRoles.CitizenService);
        using var handler = await Host.SignedInClientAsync("atencion-redaccion", TestUsers.Password);
        using var refused = await handler.GetAsync(InboxPaths.Message(message.Id) + "?handler=Original", TestContext.Current.CancellationToken);
        using var denied = await handler.GetAsync(refused.RedirectPath(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain(await Host.EventsAsync(request.Id), e => e.Kind == RequestEventKind.OriginalRead);

        var read = await (await admin.GetAsync(InboxPaths.Message(message.Id) + "?handler=Original", TestContext.Current.CancellationToken)).BodyAsync(HttpStatusCode.OK);
        Assert.Contains(Flagged, read, StringComparison.Ordinal);
        var adminId = await Host.UserIdAsync(PortalHost.AdminUserName);
        var reading = Assert.Single(await Host.EventsAsync(request.Id), e => e.Kind == RequestEventKind.OriginalRead);
        Assert.Equal(adminId, reading.UserId);
        Assert.Equal(message.Id, reading.MessageId);
    }

    [Theory]
    [InlineData("5:10", "10:3", "se solapan")]
    [InlineData("60:500", null, "se sale del mensaje")]
    [InlineData("-1:3", null, "se sale del mensaje")]
    [InlineData("cinco", null, "posición:longitud")]
    public async Task Spans_that_overlap_or_leave_the_message_are_refused_with_a_400_and_change_nothing(string first, string? second, string error)
    {
        var request = await Host.OpenRequestAsync(Flagged, InboxChannel.Email, sender: Guid.NewGuid().ToString("N")[..8] + "@correo.example");
        var message = Assert.Single(await Host.MessagesAsync(request.Id));
        using var admin = await Host.SignedInClientAsync();
        var fields = new List<KeyValuePair<string, string>> { new("span", first) };
        if (second is not null)
        {
            fields.Add(new("span", second));
        }

        using var refused = await admin.PostMessageAsync(message.Id, "Redact", fields);

        Assert.Contains(error, await refused.BodyAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(Flagged, Assert.Single(await Host.MessagesAsync(request.Id)).Text);
        Assert.DoesNotContain(await Host.RowsAsync<MessageOriginal>(), o => o.MessageId == message.Id);
    }
}
