using System.Text.Json.Nodes;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// LinkedIn: the conversation is the comments of our post (<c>socialActions/{urn}/comments</c>) and, under each
/// comment that has some, the comments on it (the same call on the comment's URN), paged with <c>start</c>/<c>count</c>;
/// the counts come from <c>socialMetadata</c>. LinkedIn offers no API for an organization's mentions, so that read
/// brings nothing. Comments give the author's URN, not a name: the handle is the URN's id.
/// </summary>
public sealed class LinkedInListener : INetworkListener
{
    private const int PageSize = 100;

    public SocialNetwork Network => SocialNetwork.LinkedIn;

    public async Task<ReactionRead> ReadThreadAsync(AdapterContext context, WatchedPost post, CancellationToken cancellationToken)
    {
        var counts = await CountsAsync(context, post.RemoteId, cancellationToken);
        if (!counts.Outcome.Succeeded)
        {
            return counts;
        }

        var reactions = new List<RemoteReaction>();
        var targets = new Queue<string>([post.RemoteId]);
        var last = counts.Outcome;
        var pages = 0;
        while (targets.TryDequeue(out var target))
        {
            for (var start = 0; ; start += PageSize)
            {
                if (pages++ >= context.Lookup.Pages)
                {
                    return new ReactionRead(last) { Reactions = reactions, Counts = counts.Counts };
                }

                var path = $"/rest/socialActions/{Uri.EscapeDataString(target)}/comments?start={start}&count={PageSize}";
                using var request = LinkedInAdapter.Request(context, HttpMethod.Get, path);
                var (outcome, json) = await NetworkCall.SendAsync(context.Http, request,
                    response => response.IsSuccess ? (response.Outcome(), response.Json()) : (LinkedInAdapter.Classify(response, idempotent: true), null),
                    failure => (NetworkCall.Repeatable(failure), (JsonNode?)null), cancellationToken);
                if (!outcome.Succeeded)
                {
                    return new ReactionRead(outcome);
                }

                last = outcome;
                foreach (var comment in (json?["elements"]?.AsArray() ?? []).OfType<JsonNode>())
                {
                    var reaction = Reaction(context, post.RemoteId, comment);
                    reactions.Add(reaction);

                    // Without a summary the comment may still have answers; only a summary of none spares the call.
                    if (comment["commentsSummary"]?["aggregatedTotalComments"]?.GetValue<int>() is not 0)
                    {
                        targets.Enqueue(reaction.RemoteId);
                    }
                }

                if (start + PageSize >= (json?["paging"]?["total"]?.GetValue<int>() ?? 0))
                {
                    break;
                }
            }
        }

        return new ReactionRead(last) { Reactions = reactions, Counts = counts.Counts, Complete = true };
    }

    /// <summary>LinkedIn has no mentions API for organizations: an empty, successful read.</summary>
    public Task<ReactionRead> ReadMentionsAsync(AdapterContext context, string? cursor, CancellationToken cancellationToken) =>
        Task.FromResult(new ReactionRead(new SendOutcome("", null, null, 0)));

    private static async Task<ReactionRead> CountsAsync(AdapterContext context, string urn, CancellationToken cancellationToken)
    {
        using var request = LinkedInAdapter.Request(context, HttpMethod.Get, "/rest/socialMetadata/" + Uri.EscapeDataString(urn));
        return await NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return new ReactionRead(LinkedInAdapter.Classify(response, idempotent: true));
            }

            var json = response.Json();
            var likes = (json?["reactionSummaries"]?.AsObject() ?? []).Sum(r => r.Value?["count"]?.GetValue<int>() ?? 0);
            var comments = json?["commentSummary"]?["count"]?.GetValue<int>() ?? 0;
            return new ReactionRead(response.Outcome()) { Counts = new PostCounts(likes, 0, comments, 0) };
        }, failure => new ReactionRead(NetworkCall.Repeatable(failure)), cancellationToken);
    }

    private static RemoteReaction Reaction(AdapterContext context, string postUrn, JsonNode comment)
    {
        var actor = comment["actor"]?.ToString() ?? "";
        var urn = comment["$URN"]?.ToString() ?? comment["commentUrn"]?.ToString() ?? $"urn:li:comment:({postUrn},{comment["id"]})";
        var created = Time(comment["created"]?["time"]);
        var modified = Time(comment["lastModified"]?["time"]);
        return new RemoteReaction(urn, InteractionKind.Reply, new RemoteAuthor(actor, actor[(actor.LastIndexOf(':') + 1)..]), comment["message"]?["text"]?.ToString() ?? "", created)
        {
            ParentRemoteId = comment["parentComment"]?.ToString() ?? postUrn,
            RootRemoteId = postUrn,
            Url = LinkedInAdapter.CommentUrl(context, postUrn, urn),
            EditedUtc = modified > created ? modified : null,
            Mine = actor == LinkedInAdapter.Author(context),
        };
    }

    private static DateTime Time(JsonNode? millis) =>
        DateTimeOffset.FromUnixTimeMilliseconds(millis?.GetValue<long>() ?? 0).UtcDateTime;
}
