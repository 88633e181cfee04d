using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Api.Tokens;
using Portal.Contents.Time;
using Portal.Core.Security;

namespace Portal.Api.Pages.Admin.ApiTokens;

/// <summary>Every API token, whose it is, when it was last used; revoking one stops it at once.</summary>
[AuthorizePermission(Permissions.ManageTokensName)]
public sealed class IndexModel(ApiTokenStore tokens, SiteTime siteTime, IStringLocalizer<ApiResources> S) : PageModel
{
    public IReadOnlyList<TokenRow> Rows { get; private set; } = [];

    public sealed record TokenRow(ApiTokenRow Row, bool Active, string StateKey, string Created, string? Expires, string? LastUsed);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = siteTime.UtcNow;
        var rows = new List<TokenRow>();
        foreach (var row in await tokens.ListAsync(cancellationToken))
        {
            var token = row.Token;
            var state = token.RevokedUtc is not null ? "Tokens_StateRevoked" : token.IsActive(now) ? "Tokens_StateActive" : "Tokens_StateExpired";
            rows.Add(new TokenRow(
                row,
                token.IsActive(now),
                state,
                await siteTime.ShortDateTimeAsync(token.CreatedUtc, cancellationToken),
                token.ExpiresUtc is { } expires ? await siteTime.ShortDateTimeAsync(expires, cancellationToken) : null,
                token.LastUsedUtc is { } used ? await siteTime.ShortDateTimeAsync(used, cancellationToken) : null));
        }

        Rows = rows;
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        TempData["Message"] = await tokens.RevokeAsync(id, cancellationToken) ? S["Tokens_Revoked"].Value : S["Tokens_AlreadyRevoked"].Value;
        return Redirect(ApiTokenPaths.Index);
    }
}
