namespace SocialSandbox.Citizens;

/// <summary>
/// Something a citizen does on a network: <c>reply</c> to a post (<see cref="PostId"/> is the parent), <c>quote</c>
/// it, <c>mention</c> the portal's account without a parent, <c>edit</c> or <c>delete</c> what they wrote, or
/// <c>like</c> and <c>repost</c> a post.
/// </summary>
public sealed record CitizenAction(
    string Network,
    string Action,
    string? PostId = null,
    string? Text = null,
    string Author = "vecina",
    string? AuthorName = null,
    string? Bio = null);
