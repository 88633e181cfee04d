using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Portal.Api.Authentication;
using Portal.Api.Idempotency;
using Portal.Contents.Editing;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Api.Content;

/// <summary>
/// Content of every type as JSON, for other systems. Only API tokens sign in here (never the admin cookie, so no
/// request can ride on a browser session and no antiforgery token is needed); each operation goes through
/// <see cref="ContentEditing"/>, as the admin's edit page does, so both ask and check the same. A refused or
/// invalid request writes nothing: the content store rolls its operation back and the unit of work commits only
/// what succeeded.
/// </summary>
[Route(RoutePrefix)]
[ApiExplorerSettings(IgnoreApi = false, GroupName = OpenApi.ApiDocument.Name)]
[Authorize(AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName)]
[AuthorizePermission(Portal.Contents.Permissions.ViewContentName)]
[IgnoreAntiforgeryToken]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class ContentApiController(
    IContentManager contents,
    IContentDefinitionStore types,
    ContentEditing editing,
    ContentDocuments documents,
    IStringLocalizer<ApiResources> S) : ControllerBase
{
    public const string RoutePrefix = "api/content";
    public const int MaxPageSize = 100;

    /// <summary>Items of any type, their latest version, most recently changed first.</summary>
    [HttpGet]
    [ProducesResponseType<ContentListResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> List(string? type, string? status, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        var errors = new ModelStateDictionary(ModelState);
        if (type is not null && types.Find(type) is null)
        {
            errors.AddModelError(nameof(type), S["Content_UnknownType", type]);
        }

        var statusFilter = status is null ? null : ContentDocuments.ParseStatus(status);
        if (status is not null && statusFilter is null)
        {
            errors.AddModelError(nameof(status), S["Content_UnknownStatus", status]);
        }

        if (page < 1)
        {
            errors.AddModelError(nameof(page), S["Content_PageInvalid"]);
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.AddModelError(nameof(pageSize), S["Content_PageSizeInvalid", MaxPageSize]);
        }

        if (!errors.IsValid)
        {
            return Invalid(errors);
        }

        return Ok(await documents.ListAsync(type is null ? null : types.Find(type)!.Name, statusFilter, page, pageSize, cancellationToken));
    }

    /// <summary>The latest version of an item, or with <c>?version=published</c> the one citizens see.</summary>
    [HttpGet("{itemId}")]
    [ProducesResponseType<ContentDocument>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(string itemId, string? version, CancellationToken cancellationToken)
    {
        VersionOptions? options = version switch
        {
            null or "latest" => VersionOptions.Latest,
            "published" => VersionOptions.Published,
            _ => null,
        };
        if (options is null)
        {
            var errors = new ModelStateDictionary();
            errors.AddModelError(nameof(version), S["Content_UnknownVersion", version!]);
            return Invalid(errors);
        }

        var item = await contents.GetAsync(itemId, options.Value, cancellationToken);
        return item is null ? NotFoundProblem() : Ok(await documents.DocumentAsync(item, cancellationToken));
    }

    /// <summary>
    /// Creates an item as a draft, or published when "publish" is true and the token's user may publish. Send an
    /// "Idempotency-Key" header to retry safely: the same request with the same key within a day answers as the first
    /// did and creates nothing more.
    /// </summary>
    [HttpPost]
    [Idempotent]
    [Consumes("application/json")]
    [ProducesResponseType<ContentDocument>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Create([FromBody] CreateContentRequest? request, CancellationToken cancellationToken)
    {
        var opening = await editing.OpenAsync(User, null, publishing: request?.Publish == true, cancellationToken);
        if (opening.Session is not { } session)
        {
            return Refused(opening.Outcome);
        }

        var errors = BindingErrors();
        if (request is null && errors.IsValid)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, detail: S["Json_BodyRequired"]);
        }

        var type = request?.ContentType is { } name ? types.Find(name) : null;
        if (request is not null && type is null)
        {
            errors.AddModelError("contentType", request.ContentType is null ? S["Content_TypeRequired"] : S["Content_UnknownType", request.ContentType]);
        }

        var model = type is null ? null : ReadData(request!.Data, type, errors);
        if (!errors.IsValid || model is null)
        {
            return Invalid(errors);
        }

        var result = await editing.SaveAsync(session, new ContentSave(model, request!.Publish) { ContentType = type!.Name }, cancellationToken);
        if (!result.Succeeded)
        {
            return Failed(result);
        }

        return Created("/" + RoutePrefix + "/" + result.Item!.ItemId, await documents.DocumentAsync(result.Item, cancellationToken));
    }

    /// <summary>
    /// Replaces the model of the latest version: over a published version this writes a new draft (or publishes it
    /// with "publish": true). "concurrencyStamp" must be the one last read; if someone saved since, nothing is
    /// written and the answer is 409.
    /// </summary>
    [HttpPut("{itemId}")]
    [Consumes("application/json")]
    [ProducesResponseType<ContentDocument>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Update(string itemId, [FromBody] UpdateContentRequest? request, CancellationToken cancellationToken)
    {
        var opening = await editing.OpenAsync(User, itemId, publishing: request?.Publish == true, cancellationToken);
        if (opening.Session is not { } session)
        {
            return Refused(opening.Outcome);
        }

        var errors = BindingErrors();
        if (request is null && errors.IsValid)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, detail: S["Json_BodyRequired"]);
        }

        if (request is not null && string.IsNullOrWhiteSpace(request.ConcurrencyStamp))
        {
            errors.AddModelError("concurrencyStamp", S["Content_StampRequired"]);
        }

        var model = request is null ? null : ReadData(request.Data, types.Find(session.Item!.ContentType)!, errors);
        if (!errors.IsValid || model is null)
        {
            return Invalid(errors);
        }

        var save = new ContentSave(model, request!.Publish) { Seen = new SeenVersion(null, request.ConcurrencyStamp) };
        var result = await editing.SaveAsync(session, save, cancellationToken);
        return result.Succeeded ? Ok(await documents.DocumentAsync(result.Item!, cancellationToken)) : Failed(result);
    }

    /// <summary>Publishes the latest version as it is stored; required fields are checked first.</summary>
    [HttpPost("{itemId}/publish")]
    [ProducesResponseType<ContentDocument>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IActionResult> Publish(string itemId, CancellationToken cancellationToken) =>
        ChangePublicationAsync(itemId, session => editing.PublishAsync(session, cancellationToken), cancellationToken);

    /// <summary>Takes the published version off the site; the latest version stays as a draft.</summary>
    [HttpPost("{itemId}/unpublish")]
    [ProducesResponseType<ContentDocument>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IActionResult> Unpublish(string itemId, CancellationToken cancellationToken) =>
        ChangePublicationAsync(itemId, session => editing.UnpublishAsync(session, seen: null, cancellationToken), cancellationToken);

    /// <summary>Removes the item from the site and the lists; its versions stay for the record, as in the admin.</summary>
    [HttpDelete("{itemId}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(string itemId, CancellationToken cancellationToken)
    {
        var opening = await editing.OpenAsync(User, itemId, publishing: false, cancellationToken);
        if (opening.Session is not { } session)
        {
            return Refused(opening.Outcome);
        }

        var result = await editing.RemoveAsync(session, cancellationToken);
        return result.Succeeded ? NoContent() : Failed(result);
    }

    private async Task<IActionResult> ChangePublicationAsync(string itemId, Func<EditSession, Task<EditResult>> operation, CancellationToken cancellationToken)
    {
        var opening = await editing.OpenAsync(User, itemId, publishing: true, cancellationToken);
        if (opening.Session is not { } session)
        {
            return Refused(opening.Outcome);
        }

        var result = await operation(session);
        if (!result.Succeeded)
        {
            return Failed(result);
        }

        var latest = await contents.GetAsync(itemId, VersionOptions.Latest, cancellationToken);
        return Ok(await documents.DocumentAsync(latest!, cancellationToken));
    }

    /// <summary>
    /// The body's own JSON errors under their paths, in Spanish: the framework's messages are English and name .NET
    /// types. Errors about the body as a whole (not JSON at all) stay under the empty key, as ASP.NET Core puts them.
    /// </summary>
    private ModelStateDictionary BindingErrors()
    {
        var errors = new ModelStateDictionary();
        foreach (var (key, entry) in ModelState)
        {
            foreach (var error in entry.Errors)
            {
                var path = key.StartsWith('$') ? JsonPaths.FromJsonPath(key, "") : key;
                var message = path.Length == 0 ? S["Json_InvalidBody"] : error.Exception is not null || key.StartsWith('$') ? S["Json_InvalidValue"] : error.ErrorMessage;
                errors.AddModelError(path, message);
            }
        }

        return errors;
    }

    private object? ReadData(JsonElement? data, ContentTypeDefinition type, ModelStateDictionary errors)
    {
        if (data is null)
        {
            errors.AddModelError("data", S["Content_DataRequired"]);
            return null;
        }

        var (model, errorPath) = ContentDataReader.Read(data.Value, type.ModelType);
        if (errorPath is not null)
        {
            errors.AddModelError(errorPath, S["Json_InvalidValue"]);
        }

        return model;
    }

    private ObjectResult Failed(EditResult result)
    {
        if (result.Outcome is EditOutcome.NotFound or EditOutcome.Forbidden)
        {
            return Refused(result.Outcome);
        }

        var message = string.Join(" ", result.Errors.Where(e => e.Field.Length == 0).Select(e => e.Message));
        if (result.Outcome == EditOutcome.Conflict)
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, detail: message);
        }

        var errors = new ModelStateDictionary();
        foreach (var error in result.Errors.Where(e => e.Field.Length > 0))
        {
            errors.AddModelError(JsonPaths.FromModelField(error.Field), error.Message);
        }

        return errors.ErrorCount == 0 ? Problem(statusCode: StatusCodes.Status400BadRequest, detail: message) : Invalid(errors, message.Length == 0 ? null : message);
    }

    private ObjectResult Invalid(ModelStateDictionary errors, string? detail = null)
    {
        var problem = ProblemDetailsFactory.CreateValidationProblemDetails(HttpContext, errors, StatusCodes.Status400BadRequest, detail: detail ?? S["Content_Invalid"]);
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
    }

    private ObjectResult Refused(EditOutcome outcome) => outcome == EditOutcome.NotFound ? NotFoundProblem() : ForbiddenProblem();

    private ObjectResult NotFoundProblem() => Problem(statusCode: StatusCodes.Status404NotFound, detail: S["Content_NotFound"]);

    private ObjectResult ForbiddenProblem() => Problem(statusCode: StatusCodes.Status403Forbidden, detail: S["Auth_Forbidden"]);
}
