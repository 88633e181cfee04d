using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.Inbox.Surveys;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.DataSubjects;

/// <summary>Citizens whose every personal datum carries a tag, so a test can look for it anywhere in the database.</summary>
internal static class DataSubjectTestSteps
{
    public static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    public static Task<Request> OpenAsync(this PortalHost host, string name, string email, string text, InboxChannel channel = InboxChannel.Email) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var inbound = new InboundMessage(channel, DateTime.UtcNow, text, name);
            var (request, _) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Email, "", email, email, Verified: false), ct);
            await unitOfWork.CommitAsync(ct);
            return request;
        });

    public static Task MergeAsync(this PortalHost host, long personId, long intoId, string userId) =>
        host.RunAsync(async (services, ct) =>
        {
            Assert.Empty(await services.GetRequiredService<PersonMerges>().MergeAsync(personId, intoId, userId, "Lo confirmó por teléfono", ct));
            await services.GetRequiredService<IUnitOfWork>().CommitAsync(ct);
        });

    /// <summary>Strikes <paramref name="secret"/> out of the request's first message, as the message page does.</summary>
    public static Task RedactAsync(this PortalHost host, long requestId, string secret, string userId) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var request = await unitOfWork.Db.Set<Request>().SingleAsync(r => r.Id == requestId, ct);
            var message = await unitOfWork.Db.Set<RequestMessage>().Where(m => m.RequestId == requestId).OrderBy(m => m.Id).FirstAsync(ct);
            var start = message.Text.IndexOf(secret, StringComparison.Ordinal);
            Assert.Empty(await services.GetRequiredService<Redaction>().RedactAsync(request, message, [new RedactionSpan(start, secret.Length)], userId, ct));
            await unitOfWork.CommitAsync(ct);
        });

    public static Task AnswerSurveyAsync(this PortalHost host, long requestId, string comment) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            unitOfWork.Db.Add(new Survey { RequestId = requestId, Cycle = 1, Token = Guid.NewGuid().ToString("N"), SentUtc = DateTime.UtcNow, AnsweredUtc = DateTime.UtcNow, Score = 4, Solved = true, Comment = comment });
            await unitOfWork.CommitAsync(ct);
        });

    /// <summary>Closes the request through the log, so its clocks stop and the report measures it.</summary>
    public static Task CloseAsync(this PortalHost host, long requestId, string userId) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var request = await unitOfWork.Db.Set<Request>().SingleAsync(r => r.Id == requestId, ct);
            await services.GetRequiredService<RequestLog>().ChangeStateAsync(request, RequestState.Closed, userId, null, ct);
            await unitOfWork.CommitAsync(ct);
        });

    /// <summary>Our answer to a public reply, sent on the network as Syndication records it: on Mastodon it names the citizen.</summary>
    public static Task AnswerSentAsync(this PortalHost host, long requestId, long interactionId, string text) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var db = unitOfWork.Db;
            var channelId = await db.Set<Interaction>().Where(i => i.Id == interactionId).Select(i => i.ChannelId).SingleAsync(ct);
            var key = Guid.NewGuid().ToString("N");
            var delivery = new Delivery
            {
                ItemId = key[..26],
                VersionId = key[..26],
                ChannelId = channelId,
                Kind = DeliveryKind.Reply,
                Text = text,
                IdempotencyKey = key,
                TrackingCode = key[..10],
                State = DeliveryState.Sent,
                InteractionId = interactionId,
                CreatedUtc = DateTime.UtcNow,
                SentUtc = DateTime.UtcNow,
            };
            db.Add(delivery);
            await db.SaveChangesAsync(ct);
            db.Add(new RequestMessage
            {
                RequestId = requestId,
                Direction = MessageDirection.Outbound,
                Channel = InboxChannel.X,
                ChannelId = channelId,
                DeliveryId = delivery.Id,
                AuthorName = "Ayuntamiento",
                Text = text,
                Delivery = MessageDelivery.Sent,
                CreatedUtc = DateTime.UtcNow,
            });
            await unitOfWork.CommitAsync(ct);
        });

    public static Task HoldAsync(this PortalHost host, long requestId, string reason) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            unitOfWork.Db.Add(new LegalHold { RequestId = requestId, Reason = reason, SinceUtc = DateTime.UtcNow });
            await unitOfWork.CommitAsync(ct);
        });

    public static Task<List<RequestEvent>> PersonEventsAsync(this PortalHost host, long personId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<RequestEvent>().AsNoTracking()
            .Where(e => e.PersonId == personId && e.RequestId == null).OrderBy(e => e.Id).ToListAsync(ct));

    /// <summary>
    /// Every value of every table, as text: whatever a module stores, a personal datum left anywhere shows up here.
    /// </summary>
    public static Task<string> DatabaseTextAsync(this PortalHost host) =>
        host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                var tables = new List<string>();
                await using (var list = connection.CreateCommand())
                {
                    list.CommandText = postgres
                        ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                        : "SELECT name FROM sqlite_master WHERE type = 'table'";
                    await using var reader = await list.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        tables.Add(reader.GetString(0));
                    }
                }

                var text = new StringBuilder();
                foreach (var table in tables)
                {
                    await using var select = connection.CreateCommand();
                    select.CommandText = "SELECT * FROM \"" + table + "\"";
                    await using var reader = await select.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        for (var i = 0; i < reader.FieldCount; i++)
                        {
                            text.Append(table).Append(": ").Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\n');
                        }
                    }
                }

                return text.ToString();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    /// <summary>A later read of the network that sees a stored reply again, as it still is there.</summary>
    public static Task ReadAgainAsync(this PortalHost host, long interactionId, string author, string text) =>
        host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var stored = await db.Set<Interaction>().AsNoTracking().SingleAsync(i => i.Id == interactionId, ct);
            var channel = await db.Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == stored.ChannelId, ct);
            var read = new ReactionRead(new SendOutcome("read", 200, null, 0))
            {
                Reactions = [new RemoteReaction(stored.RemoteId, stored.Kind, new RemoteAuthor(author, author, "Vecina"), text, stored.CreatedUtc)],
            };
            await services.GetRequiredService<ReactionImporter>().ImportAsync(channel, read, null, ct);
        });
}
