namespace SocialSandbox.Citizens;

/// <summary>Plays the citizens: what they write and do lands in the store as on the network, and the networks that push send their webhook.</summary>
public sealed class CitizenBook(SandboxStore store, WebhookSender webhooks)
{
    /// <summary>Does the action; the post it made or changed, or the reason it could not.</summary>
    public async Task<(SandboxPost? Post, string? Problem)> DoAsync(CitizenAction action, string baseUrl, CancellationToken cancellationToken)
    {
        var target = action.PostId is null ? null : store.Find(action.Network, p => p.Id == action.PostId && !p.Deleted);
        if (action.Action != "mention" && target is null)
        {
            return (null, $"No post {action.PostId} on {action.Network}.");
        }

        SandboxPost post;
        switch (action.Action)
        {
            case "reply" or "quote" or "mention":
                if (string.IsNullOrWhiteSpace(action.Text))
                {
                    return (null, "A citizen's post needs a text.");
                }

                post = store.AddCitizenPost(action.Network, id => new SandboxPost(
                    action.Network, id, action.Author, action.Text, $"{baseUrl}/{action.Network}/@{action.Author}/{id}", DateTime.UtcNow, null)
                {
                    Kind = action.Action,
                    ParentId = target?.Id,
                    RootId = action.Action == "reply" ? target!.RootId ?? target.Id : null,
                    AuthorName = action.AuthorName ?? action.Author,
                    Bio = action.Bio,
                });
                break;
            case "edit" when target!.Kind != "post" && !string.IsNullOrWhiteSpace(action.Text):
                post = store.Replace(target, target with { Text = action.Text, EditedUtc = DateTime.UtcNow });
                break;
            case "delete" when target!.Kind != "post":
                target.Deleted = true;
                post = target;
                break;
            case "like":
                target!.Likes++;
                post = target;
                break;
            case "repost":
                target!.Reposts++;
                post = target;
                break;
            default:
                return (null, $"A citizen cannot {action.Action} post {action.PostId}.");
        }

        await webhooks.SendAsync(action.Action, post, cancellationToken);
        return (post, null);
    }
}
