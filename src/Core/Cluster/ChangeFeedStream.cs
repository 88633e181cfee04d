using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Core.Cluster;

/// <summary>Server-sent events for a page that refreshes itself when a <see cref="ChangeFeed"/> moves.</summary>
public static class ChangeFeedStream
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(25);

    /// <summary>
    /// One message each time the feed moves past <paramref name="seen"/>, a comment now and then to keep proxies from
    /// closing the stream, until the page is closed. The result is empty: the stream is the whole answer, and the
    /// page must not render after it.
    /// </summary>
    public static async Task<IActionResult> StreamAsync(this ChangeFeed feed, HttpResponse response, long seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        try
        {
            await response.Body.FlushAsync(cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                var version = await feed.WaitAsync(seen, Heartbeat, cancellationToken);
                await response.WriteAsync(version == seen ? ": sigo aquí\n\n" : $"data: {version}\n\n", cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                seen = version;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page was closed.
        }

        return new EmptyResult();
    }
}
