using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Inbox;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Desk;

/// <summary>The inbox with an answer sender that records what the composer hands it, and refuses answers that say "rechazar".</summary>
public sealed class AnswerComposerFixture : InboxFixture
{
    public ConcurrentQueue<(string Reference, string Text, string AnswerId, string UserId)> Sent { get; } = new();

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services => services.AddSingleton<IRequestAnswerSender>(new RecordingSender(Sent)));
    }

    private sealed class RecordingSender(ConcurrentQueue<(string, string, string, string)> sent) : IRequestAnswerSender
    {
        public Task<AnswerOutcome> SendAsync(Request request, string text, string answerId, string userId, CancellationToken ct)
        {
            if (text.Contains("rechazar", StringComparison.Ordinal))
            {
                return Task.FromResult(AnswerOutcome.Refused("El canal no admite esta respuesta."));
            }

            sent.Enqueue((request.Reference, text, answerId, userId));
            return Task.FromResult(AnswerOutcome.Sent(1));
        }
    }
}

/// <summary>The request page's composer hands the answer to <see cref="IRequestAnswerSender"/>, and shows its refusal with the text kept.</summary>
public sealed class AnswerComposerTests(AnswerComposerFixture fixture) : PortalTest<AnswerComposerFixture>(fixture), IClassFixture<AnswerComposerFixture>
{
    [Fact]
    public async Task The_composer_sends_through_the_answer_sender_and_a_refusal_keeps_the_text()
    {
        var unit = await Host.UnitAsync("Cementerio");
        var request = await Host.RequestInUnitAsync(unit, "Horario del cementerio en Todos los Santos");
        var (userName, userId) = await Host.StaffAsync(PortalRoles.CitizenService, unit);
        using var client = await Host.SignedInAsync(userName);
        var page = InboxPaths.Request(request.Reference);

        var refused = await (await client.PostHandlerAsync(page, request.Reference, "Answer", ("answer", "Esto lo va a rechazar"), ("answerId", "a1"))).TextAsync();
        using var sent = await client.PostHandlerAsync(page, request.Reference, "Answer", ("answer", " Abrimos de 8:00 a 20:00. "), ("answerId", "a2"));
        var check = await (await client.PostHandlerAsync(page, request.Reference, "Check", ("text", "Abrimos de 8:00 a 20:00 todos los días."))).TextAsync();

        Assert.Contains("El canal no admite esta respuesta.", refused, StringComparison.Ordinal);
        Assert.Contains(">Esto lo va a rechazar</textarea>", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal((request.Reference, "Abrimos de 8:00 a 20:00.", "a2", userId), Assert.Single(Fixture.Sent));
        Assert.Contains("<p>", check, StringComparison.Ordinal);
    }
}
