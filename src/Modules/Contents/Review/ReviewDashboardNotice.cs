using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.Admin.Navigation;
using Portal.Contents.Security;

namespace Portal.Contents.Review;

/// <summary>The dashboard's count of published items due for review, for those who may see the content list.</summary>
public sealed class ReviewDashboardNotice(ReviewQuery query, ContentAuthorizer authorizer, IStringLocalizer<ContentsResources> S) : IDashboardNoticeProvider
{
    public async Task<DashboardNotice?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorizer.HasAsync(user, Permissions.ViewContent))
        {
            return null;
        }

        var count = await query.CountAsync(cancellationToken);
        return count == 0 ? null : new DashboardNotice(S["Review_DashboardCount", count], "/admin/contenidos/revision", S["Review_DashboardLink"]);
    }
}
