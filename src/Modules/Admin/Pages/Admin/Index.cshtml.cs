using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;

namespace Portal.Admin.Pages.Admin;

[Authorize(Policy = PermissionClaims.PolicyPrefix + "Admin.Access")]
public sealed class IndexModel : PageModel;
