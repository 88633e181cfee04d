using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.Answers;
using Portal.Inbox.Requests;
using Portal.Inbox.Surveys;
using Portal.IntegrationTests.Replies;
using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using Portal.Syndication.Replies;
using Portal.Testing;
using SocialSandbox.Citizens;

namespace Portal.IntegrationTests.Inbox;

/// <summary>The reply tests' site with the inbox acknowledging what arrives.</summary>
public sealed class InboxReplyFixture : ReplyFixture
{
    protected override bool AcknowledgesRequests => true;

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Inbox:SurveyReminderAfter", "00:00:01");
    }
}

/// <summary>
/// Through the running host and the sandbox: a citizen's reply becomes a request with a reference, is acknowledged
/// on the network with the reference and the status link, the citizen's follow-up joins the same request, a staff
/// answer goes out threaded and is recorded once, and closing it sends the survey the citizen can answer once.
/// </summary>
public sealed class InboxReplyTests(InboxReplyFixture fixture) : SyndicationTest<InboxReplyFixture>(fixture), IClassFixture<InboxReplyFixture>
{
    [Fact]
    public async Task A_reply_becomes_an_acknowledged_request_that_staff_answer_and_close_and_the_citizen_rates()
    {
        var (item, posts) = await Host.PublishWatchedAsync("Certificado de empadronamiento en línea");
        var ours = posts[SocialNetwork.Mastodon];
        var question = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours.RemoteId, "¿Puedo pedir el certificado para mi madre?", AuthorName: "Vecina"));
        var other = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours.RemoteId, "¿Y para una empresa?", Author: "gestoria"));

        var requests = await WaitRequestsAsync(found => found.Count(r => r.ItemId == item.ItemId) == 2);
        var request = Assert.Single(requests, r => r.Subject.StartsWith("¿Puedo pedir", StringComparison.Ordinal));
        Assert.Equal((InboxChannel.Mastodon, item.ItemId), (request.Channel, request.ItemId));
        Assert.True(ReferenceNumbers.TryParse(request.Reference, out _));
        Assert.NotEqual(request.PersonId, Assert.Single(requests, r => r.Subject.StartsWith("¿Y para", StringComparison.Ordinal)).PersonId);

        // The receipt: under the citizen's reply, with the reference and the status page's link, and nothing they wrote.
        var receipt = await SyndicationTestSteps.WaitAsync(() => Task.FromResult(Sandbox.Posts("mastodon").SingleOrDefault(p => p.ParentId == question.Id && p.Account != question.Account)));
        Assert.Contains(request.Reference, receipt.Text, StringComparison.Ordinal);
        Assert.Contains(PortalHost.PublicBaseUrl + InboxPaths.PublicStatus(request.PublicToken), receipt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("madre", receipt.Text, StringComparison.Ordinal);
        await WaitAsync(request.Id, r => r.State == RequestState.Acknowledged && r.AcknowledgedUtc != null);

        // The citizen answers the receipt: the same request, not a new one.
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", receipt.Id, "Es para mi madre, que vive conmigo.", AuthorName: "Vecina"));
        var inbound = await WaitMessagesAsync(request.Id, found => found.Count(m => m.Direction == MessageDirection.Inbound) == 2);
        Assert.Equal(2, (await Host.RequestsAsync()).Count(r => r.ItemId == item.ItemId));
        Assert.Equal(MessagePurpose.Acknowledgement, Assert.Single(inbound, m => m.Direction == MessageDirection.Outbound).Purpose);

        // The receipt informs without answering: sent, and read back with the follow-up, the reply still waits for
        // staff on the Conversations page.
        Assert.True((await InteractionAsync(receipt.Id))?.Notice);
        Assert.Equal(InteractionState.New, (await InteractionAsync(question.Id))?.State);

        var answerId = AnswerIdFor("answer");
        await AnswerAsync(request.Id, "Sí. Pida el certificado con su cita previa en el 010.", answerId);
        await AnswerAsync(request.Id, "Sí. Pida el certificado con su cita previa en el 010.", answerId);
        var answered = await SyndicationTestSteps.WaitAsync(() => Task.FromResult(Sandbox.Posts("mastodon").Where(p => p.Text.Contains("cita previa en el 010", StringComparison.Ordinal)).ToList() is { Count: > 0 } found ? found : null));
        Assert.Single(answered);

        // Read back from the network, our answer stays one message of the request, now marked sent.
        var messages = await WaitMessagesAsync(request.Id, found => found.Any(m => m.Purpose == MessagePurpose.Message && m.Direction == MessageDirection.Outbound && m.Delivery == MessageDelivery.Sent && m.InteractionId != null));
        Assert.Single(messages, m => m.Direction == MessageDirection.Outbound && m.Purpose == MessagePurpose.Message);
        await SyndicationTestSteps.WaitAsync(async () => await InteractionAsync(question.Id) is { State: InteractionState.Answered } found ? found : null);

        await CloseAsync(request.Id);
        var survey = await SyndicationTestSteps.WaitAsync(() => Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Survey>().AsNoTracking().SingleOrDefaultAsync(s => s.RequestId == request.Id, ct)));
        await SyndicationTestSteps.WaitAsync(() => Task.FromResult(Sandbox.Posts("mastodon").FirstOrDefault(p => p.Text.Contains(InboxPaths.Survey(survey.Token), StringComparison.Ordinal))));

        using var citizen = Host.CreateBrowserLikeClient();
        var invalid = await citizen.PostFormAsync(InboxPaths.Survey(survey.Token), [new("Comment", "Sin nota")]);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Elija cómo le atendimos", await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var antiforgery = await citizen.AntiforgeryTokenAsync(InboxPaths.Survey(survey.Token));
        var rated = await citizen.PostFormAsync(InboxPaths.Survey(survey.Token), [new("Score", "4"), new("Solved", "true"), new("Comment", "Rápido y claro")]);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);

        // A second answer, from the form still open in another tab, changes nothing.
        using var again = await citizen.PostAsync(InboxPaths.Survey(survey.Token), new FormUrlEncodedContent([new("Score", "1"), new("__RequestVerificationToken", antiforgery)]), TestContext.Current.CancellationToken);
        Assert.Contains("Gracias", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var stored = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Survey>().AsNoTracking().SingleAsync(s => s.Id == survey.Id, ct));
        Assert.Equal((4, true, "Rápido y claro"), (stored.Score, stored.Solved, stored.Comment));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(InboxPaths.Survey("no-existe"), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_survey_nobody_answers_is_reminded_once()
    {
        var (_, posts) = await Host.PublishWatchedAsync("Recogida de enseres");
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", posts[SocialNetwork.Mastodon].RemoteId, "¿Recogen un sofá el jueves?", Author: "vecino2"));
        var request = (await WaitRequestsAsync(found => found.Any(r => r.Subject.StartsWith("¿Recogen un sofá", StringComparison.Ordinal)))).Single(r => r.Subject.StartsWith("¿Recogen un sofá", StringComparison.Ordinal));
        await WaitAsync(request.Id, r => r.State == RequestState.Acknowledged);

        await CloseAsync(request.Id);

        var messages = await WaitMessagesAsync(request.Id, found => found.Any(m => m.Purpose == MessagePurpose.SurveyReminder && m.Delivery == MessageDelivery.Sent));
        Assert.Single(messages, m => m.Purpose == MessagePurpose.Survey);
        Assert.Single(messages, m => m.Purpose == MessagePurpose.SurveyReminder);
        var survey = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Survey>().AsNoTracking().SingleAsync(s => s.RequestId == request.Id, ct));
        Assert.NotNull(survey.RemindedUtc);
        Assert.Equal(2, Sandbox.Posts("mastodon").Count(p => p.Text.Contains(InboxPaths.Survey(survey.Token), StringComparison.Ordinal)));
    }

    private static string AnswerIdFor(string what) => SystemAnswerIds.For(what + Guid.NewGuid());

    private Task AnswerAsync(long requestId, string text, string answerId) =>
        Host.RunAsync(async (services, ct) =>
        {
            var request = await services.GetRequiredService<PortalDbContext>().Set<Request>().SingleAsync(r => r.Id == requestId, ct);
            var outcome = await services.GetRequiredService<RequestAnswers>().SendAsync(request, text, answerId, new AnswerAuthor(null, "Padrón"), MessagePurpose.Message, ct);
            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
            await services.GetRequiredService<IUnitOfWork>().CommitAsync(ct);
        });

    private Task CloseAsync(long requestId) =>
        Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var request = await unitOfWork.Db.Set<Request>().SingleAsync(r => r.Id == requestId, ct);
            await services.GetRequiredService<RequestLog>().ChangeStateAsync(request, RequestState.Closed, null, null, ct);
            await unitOfWork.CommitAsync(ct);
        });

    private Task<List<Request>> WaitRequestsAsync(Func<List<Request>, bool> done) =>
        SyndicationTestSteps.WaitAsync(async () => await Host.RequestsAsync() is var found && done(found) ? found : null);

    private Task<Request> WaitAsync(long requestId, Func<Request, bool> done) =>
        SyndicationTestSteps.WaitAsync(async () => (await Host.RequestsAsync()).SingleOrDefault(r => r.Id == requestId && done(r)));

    private Task<List<RequestMessage>> WaitMessagesAsync(long requestId, Func<List<RequestMessage>, bool> done) =>
        SyndicationTestSteps.WaitAsync(async () => await Host.MessagesAsync(requestId) is var found && done(found) ? found : null);

    private Task<Interaction?> InteractionAsync(string remoteId) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Interaction>().AsNoTracking().SingleOrDefaultAsync(i => i.Network == SocialNetwork.Mastodon && i.RemoteId == remoteId, ct));
}
