using System.Net.Http.Json;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Telegram offers a bot no read of a conversation's history, only the updates it has not confirmed: everything
/// comes through the account's read (<c>getUpdates</c>, the offset as cursor), or through the webhook, and reading a
/// post's thread has nothing to do.
/// </summary>
public sealed class TelegramListener : INetworkListener
{
    private const int PageSize = 100;
    private static readonly string[] Kinds = ["message", "edited_message"];

    public SocialNetwork Network => SocialNetwork.Telegram;

    /// <summary>Nothing read and nothing learnt: never complete, so no stored reply is taken for deleted.</summary>
    public Task<ReactionRead> ReadThreadAsync(AdapterContext context, WatchedPost post, CancellationToken cancellationToken) =>
        Task.FromResult(new ReactionRead(new SendOutcome("", null, null, 0)));

    /// <summary>The updates from <paramref name="cursor"/> on, page after page while full pages come, each page's offset confirming the one before.</summary>
    public async Task<ReactionRead> ReadMentionsAsync(AdapterContext context, string? cursor, CancellationToken cancellationToken)
    {
        List<RemoteReaction> reactions = [];
        List<ThreadLocation> threads = [];
        SendOutcome? last = null;
        for (var page = 0; page < context.Lookup.Pages; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, TelegramAdapter.Method(context, "getUpdates"))
            {
                Content = JsonContent.Create(new { offset = cursor is null ? (long?)null : long.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture), limit = PageSize, allowed_updates = Kinds }),
            };
            var (read, count) = await NetworkCall.SendAsync(context.Http, request, response =>
            {
                if (!response.IsSuccess)
                {
                    return (new ReactionRead(TelegramAdapter.Classify(response, idempotent: true)), 0);
                }

                var updates = response.Json()?["result"]?.AsArray() ?? [];
                return (TelegramMessages.Read(updates, response.Outcome()), updates.Count);
            }, failure => (new ReactionRead(failure), 0), cancellationToken);
            if (!read.Outcome.Succeeded)
            {
                // What earlier pages brought is kept with the cursor after it; the refused page is read again next time.
                return last is null ? read : new ReactionRead(read.Outcome) { Reactions = reactions, Threads = threads, Cursor = cursor };
            }

            reactions.AddRange(read.Reactions);
            threads.AddRange(read.Threads);
            cursor = read.Cursor ?? cursor;
            last = read.Outcome;
            if (count < PageSize)
            {
                break;
            }
        }

        return new ReactionRead(last!) { Reactions = reactions, Threads = threads, Cursor = cursor };
    }
}
