using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Replies;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Privacy;

public static partial class PrivacyTestSteps
{
    /// <summary>A citizen's public reply on X, stored as Syndication stores it, and the request it opens.</summary>
    public static Task<(Request Request, long InteractionId)> OpenPublicRequestAsync(this PortalHost host, string text) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            var db = unitOfWork.Db;
            await unitOfWork.BeginAsync(ct);
            var channel = await db.Set<Channel>().SingleAsync(c => c.Network == SocialNetwork.X, ct);
            var author = "vecina" + Guid.NewGuid().ToString("N")[..6];
            var interaction = new Interaction
            {
                Network = SocialNetwork.X,
                ChannelId = channel.Id,
                RemoteId = Guid.NewGuid().ToString("N"),
                Kind = InteractionKind.Reply,
                AuthorId = author,
                AuthorHandle = author,
                Text = text,
                CreatedUtc = DateTime.UtcNow,
                ImportedUtc = DateTime.UtcNow,
            };
            db.Add(interaction);
            await db.SaveChangesAsync(ct);
            var inbound = new InboundMessage(InboxChannel.X, DateTime.UtcNow, text, author)
            {
                ChannelId = channel.Id,
                InteractionId = interaction.Id,
            };
            var (request, _) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Network, "X", author, "@" + author, Verified: true), ct);
            await unitOfWork.CommitAsync(ct);
            return (request, interaction.Id);
        });

    public static Task<List<T>> RowsAsync<T>(this PortalHost host)
        where T : class =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<T>().AsNoTracking().ToListAsync(ct));

    /// <summary>Posts a handler of a message page's forms as the browser does, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostMessageAsync(this HttpClient client, long messageId, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var path = Portal.Inbox.InboxPaths.Message(messageId);
        return await client.PostFormAsync(path, fields, path + "?handler=" + handler);
    }

    public static async Task<string> BodyAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>The "start:length" values the page offers for the findings it shows.</summary>
    public static IReadOnlyList<string> OfferedSpans(string html) => SpanPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("name=\"span\" value=\"(\\d+:\\d+)\"")]
    private static partial Regex SpanPattern();
}
