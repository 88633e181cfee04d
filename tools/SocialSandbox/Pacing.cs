namespace SocialSandbox;

/// <summary>
/// How a network paces messages to one chat, as Telegram does: at most one per <see cref="PerChatSeconds"/> and
/// <see cref="PerMinute"/> in any minute; a message beyond that is refused with 429 and the wait in <c>retry_after</c>.
/// </summary>
public sealed record Pacing(string Network, double PerChatSeconds = 1, int PerMinute = 20);

/// <summary>The pacings switched on (none by default) and the messages each chat accepted in the last minute.</summary>
public sealed class PacingBook
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Pacing> _pacings = [];
    private readonly Dictionary<(string Network, string Chat), List<DateTime>> _accepted = [];

    public void Set(Pacing pacing)
    {
        lock (_gate)
        {
            _pacings[pacing.Network] = pacing;
        }
    }

    /// <summary>Judges a new message that arrived at <paramref name="receivedUtc"/>, and counts it when accepted.</summary>
    /// <returns>Null when accepted; otherwise the earliest time the chat takes another message.</returns>
    public async Task<DateTime?> RefuseAsync(HttpRequest request, string network, DateTime receivedUtc)
    {
        Pacing? pacing;
        lock (_gate)
        {
            pacing = _pacings.GetValueOrDefault(network);
        }

        if (pacing is null)
        {
            return null;
        }

        var chat = await ChatAsync(request);
        lock (_gate)
        {
            var accepted = _accepted.TryGetValue((network, chat), out var list) ? list : _accepted[(network, chat)] = [];
            accepted.RemoveAll(t => t <= receivedUtc.AddMinutes(-1));
            DateTime? until = null;
            if (accepted.Count > 0 && accepted[^1].AddSeconds(pacing.PerChatSeconds) > receivedUtc)
            {
                until = accepted[^1].AddSeconds(pacing.PerChatSeconds);
            }

            if (accepted.Count >= pacing.PerMinute && accepted[^pacing.PerMinute].AddMinutes(1) is var minute && (until is null || minute > until))
            {
                until = minute;
            }

            if (until is null)
            {
                accepted.Add(receivedUtc);
            }

            return until;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pacings.Clear();
            _accepted.Clear();
        }
    }

    /// <summary>The chat the message goes to, read without consuming the body the endpoint reads next.</summary>
    private static async Task<string> ChatAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var body = await RequestBody.ReadAsync(request);
        request.Body.Position = 0;
        return body.Text("chat_id");
    }
}
