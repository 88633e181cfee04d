using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>What one page of an account's posts told a lookup: the post (or a failed call), or where the next page starts.</summary>
public sealed record TimelinePage(SendOutcome? Outcome, string? Next);

/// <summary>
/// Looks for a post whose outcome is unknown through an account's posts, page after page, back to the lookup
/// window's start. A post not found in the whole window is not there; a window longer than the pages the lookup may
/// read ends <see cref="ErrorKind.Unverifiable"/>, since sending again on a guess could post twice.
/// </summary>
public static class PostSearch
{
    /// <param name="request">The request for the page that starts at a cursor (null: the newest page).</param>
    public static async Task<SendOutcome?> FindAsync(
        AdapterContext context, Func<string?, HttpRequestMessage> request, Func<NetworkResponse, TimelinePage> read, CancellationToken cancellationToken)
    {
        string? cursor = null;
        var endpoint = "";
        for (var page = 0; page < context.Lookup.Pages; page++)
        {
            using var message = request(cursor);
            endpoint = $"{message.Method} {message.RequestUri?.GetLeftPart(UriPartial.Path)}";
            var result = await NetworkCall.SendAsync(context.Http, message, read, failure => new TimelinePage(failure, null), cancellationToken);
            if (result.Outcome is not null)
            {
                return result.Outcome;
            }

            if (result.Next is null)
            {
                return null;
            }

            cursor = result.Next;
        }

        return new SendOutcome(endpoint, null, null, 0)
        {
            Error = ErrorKind.Unverifiable,
            Message = $"More than {context.Lookup.Pages} pages of posts since {context.Lookup.SinceUtc:u}.",
        };
    }
}
