using System.Text.Json.Nodes;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Reads a Page post's conversation with the Graph API: its counts, then its comments at every level
/// (<c>filter=stream</c>), a hundred a page following <c>paging.cursors.after</c> while <c>paging.next</c> says more
/// remain. The Graph API has no mentions of a Page to read: comments are all there is, and the <c>feed</c> webhook
/// pushes them as they come.
/// </summary>
public sealed class FacebookListener : INetworkListener
{
    private const string CommentFields = "id,message,from{id,name},created_time,parent{id},comment_count,like_count";
    private const string CountFields = "reactions.summary(total_count),shares,comments.summary(total_count)";

    public SocialNetwork Network => SocialNetwork.Facebook;

    public async Task<ReactionRead> ReadThreadAsync(AdapterContext context, WatchedPost post, CancellationToken cancellationToken)
    {
        var counts = await GetAsync(context, $"/{post.RemoteId}?fields={CountFields}", cancellationToken);
        if (counts.Json is not { } summary)
        {
            return new ReactionRead(counts.Outcome);
        }

        List<RemoteReaction> reactions = [];
        string? after = null;
        var last = counts.Outcome;
        for (var page = 0; page < context.Lookup.Pages; page++)
        {
            var cursor = after is null ? "" : "&after=" + Uri.EscapeDataString(after);
            var comments = await GetAsync(context, $"/{post.RemoteId}/comments?fields={CommentFields}&filter=stream&limit=100{cursor}", cancellationToken);
            if (comments.Json is not { } json)
            {
                return new ReactionRead(comments.Outcome);
            }

            last = comments.Outcome;
            reactions.AddRange(json["data"]?.AsArray().Select(c => FacebookComments.FromGraph(c!, post.RemoteId, context.Channel.Account)) ?? []);
            after = json["paging"]?["next"] is null ? null : json["paging"]?["cursors"]?["after"]?.ToString();
            if (after is null)
            {
                return new ReactionRead(last) { Reactions = reactions, Counts = Counts(summary), Complete = true };
            }
        }

        return new ReactionRead(last) { Reactions = reactions, Counts = Counts(summary) };
    }

    /// <summary>Nothing to read, successfully: a Page's conversations are all under its posts.</summary>
    public Task<ReactionRead> ReadMentionsAsync(AdapterContext context, string? cursor, CancellationToken cancellationToken) =>
        Task.FromResult(new ReactionRead(new SendOutcome("", null, null, 0)));

    private static PostCounts Counts(JsonNode json) => new(
        json["reactions"]?["summary"]?["total_count"]?.GetValue<int>() ?? 0,
        json["shares"]?["count"]?.GetValue<int>() ?? 0,
        json["comments"]?["summary"]?["total_count"]?.GetValue<int>() ?? 0,
        0);

    /// <summary>One Graph read: its outcome (with Meta's usage, or the refusal classified as the adapter does) and, when it succeeded, its body.</summary>
    private static async Task<(SendOutcome Outcome, JsonNode? Json)> GetAsync(AdapterContext context, string path, CancellationToken cancellationToken)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var request = new HttpRequestMessage(HttpMethod.Get, context.Url($"{path}{separator}access_token={Uri.EscapeDataString(context.Credentials.AccessToken)}"));
        return await NetworkCall.SendAsync(context.Http, request,
            response => response.IsSuccess
                ? (FacebookAdapter.Answer(response), response.Json() ?? new JsonObject())
                : (FacebookAdapter.Classify(response, idempotent: true), null),
            failure => (failure, null), cancellationToken);
    }
}
