using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Contents.Security;

/// <summary>
/// What a user may do with one item: the page's policy lets them in, this decides per item (Authors edit only
/// what they own; publishing and deleting need their own permissions on top).
/// </summary>
public sealed class ContentAuthorizer(IAuthorizationService authorization)
{
    public async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        await authorization.HasPermissionAsync(user, permission);

    public async Task<bool> CanCreateAsync(ClaimsPrincipal user) =>
        await HasAsync(user, Permissions.EditAllContent) || await HasAsync(user, Permissions.EditOwnContent);

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, ContentItem item) =>
        await HasAsync(user, Permissions.EditAllContent)
        || (IsOwner(user, item) && await HasAsync(user, Permissions.EditOwnContent));

    public async Task<bool> CanPublishAsync(ClaimsPrincipal user, ContentItem? item) =>
        await HasAsync(user, Permissions.PublishContent) && (item is null ? await CanCreateAsync(user) : await CanEditAsync(user, item));

    public async Task<bool> CanDeleteAsync(ClaimsPrincipal user, ContentItem item) =>
        await HasAsync(user, Permissions.DeleteContent) && await CanEditAsync(user, item);

    private static bool IsOwner(ClaimsPrincipal user, ContentItem item) =>
        string.Equals(item.Owner, user.Identity?.Name, StringComparison.OrdinalIgnoreCase);
}
