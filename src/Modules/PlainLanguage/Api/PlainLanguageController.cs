using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Core.Security;
using Portal.PlainLanguage.Checks;
using Portal.PlainLanguage.Jargon;

namespace Portal.PlainLanguage.Api;

/// <summary>
/// The editor's live panel posts the texts being edited and gets scores and warnings back. A controller rather than a
/// page handler: the answer is JSON for any editor page, MVC's global antiforgery filter checks the token sent in the
/// RequestVerificationToken header, the module's feature gate applies, and [ApiController] answers bad input with
/// Problem Details. Nothing is written.
/// </summary>
[ApiController]
[Route(RoutePrefix)]
[AuthorizePermission(Portal.Admin.Permissions.AccessAdminName)]
public sealed class PlainLanguageController(
    PlainLanguageChecker checker, JargonList jargon, AnalyzeResultMapper mapper, IOptions<PlainLanguageOptions> options, IStringLocalizer<PlainLanguageResources> S) : ControllerBase
{
    public const string RoutePrefix = "api/plain-language";
    public const string AnalyzePath = "/" + RoutePrefix + "/analyze";

    [HttpPost("analyze")]
    [Consumes("application/json")]
    [ProducesResponseType<AnalyzeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status413PayloadTooLarge)]
    public async Task<ActionResult<AnalyzeResponse>> Analyze(AnalyzeRequest request, CancellationToken cancellationToken)
    {
        var fields = request.Fields!;
        var total = fields.Sum(f => f.Value?.Length ?? 0);
        var maximum = options.Value.MaximumRequestCharacters;
        if (total > maximum)
        {
            return Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: S["Validation_TooLong", total, maximum]);
        }

        var spanish = request.Language is null || request.Language.StartsWith("es", StringComparison.OrdinalIgnoreCase);
        var scope = new CheckScope(spanish, request.WarnOnScores ?? true);
        var report = checker.Check(fields.Select(f => KeyValuePair.Create(f.Key, f.Value ?? "")), scope, await jargon.MatcherAsync(cancellationToken));
        return mapper.Map(report);
    }
}
