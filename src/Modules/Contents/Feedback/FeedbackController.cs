using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Portal.Contents.Feedback;

/// <summary>
/// Receives "¿Te ha resultado útil esta página?". Plain forms get a redirect back to the page (with the thank-you or,
/// after "No", the two questions); feedback.js asks for JSON and gets a message or Problem Details. No antiforgery
/// token: the form sits on cached public pages, and the answer changes nothing a visitor owns.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class FeedbackController(FeedbackStore store, FeedbackRateLimiter limiter, IStringLocalizer<ContentsResources> S) : Controller
{
    public const string Path = "/opinion";

    [HttpPost(Path)]
    public async Task<IActionResult> Submit([FromForm] FeedbackForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!string.IsNullOrEmpty(form.Trap))
        {
            return Refuse(StatusCodes.Status400BadRequest, S["Feedback_Refused"]);
        }

        if (!limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress))
        {
            return Refuse(StatusCodes.Status429TooManyRequests, S["Feedback_TooMany"]);
        }

        if (form.Useful is not ("si" or "no") || string.IsNullOrEmpty(form.ItemId) || string.IsNullOrEmpty(form.VersionId))
        {
            return Refuse(StatusCodes.Status400BadRequest, S["Feedback_Refused"]);
        }

        var back = form.Back is { Length: > 0 } path && Url.IsLocalUrl(path) && !path.Contains('?', StringComparison.Ordinal) && !path.Contains('#', StringComparison.Ordinal) ? path : "/";
        var useful = form.Useful == "si";
        if (!useful && form.Details != "1")
        {
            // Without JavaScript, "No" first opens the two questions on the page; the answer is stored with them.
            return Redirect(back + "?opinion=no#opinion-detalles");
        }

        var redacted = S["Feedback_Redacted"].Value;
        var stored = await store.AddAsync(form.ItemId, form.VersionId, useful, Clean(form.Doing, redacted), Clean(form.WentWrong, redacted), cancellationToken);
        if (!stored)
        {
            return Refuse(StatusCodes.Status404NotFound, S["Feedback_Unknown"]);
        }

        return WantsJson ? Ok(new FeedbackReply(S["Feedback_Thanks"])) : Redirect(back + "?opinion=gracias#opinion");
    }

    private bool WantsJson => Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private static string? Clean(string? text, string redacted)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = PersonalData.Redact(text.Trim(), redacted);
        return text.Length <= PageFeedback.CommentLength ? text : text[..PageFeedback.CommentLength];
    }

    private IActionResult Refuse(int status, string message)
    {
        if (WantsJson)
        {
            return Problem(statusCode: status, detail: message);
        }

        Response.StatusCode = status;
        return View("/Views/Feedback/Refused.cshtml", message);
    }
}

public sealed record FeedbackReply(string Message);

/// <summary>The widget's fields, with the names the forms post.</summary>
public sealed class FeedbackForm
{
    [FromForm(Name = "elemento")]
    public string? ItemId { get; set; }

    [FromForm(Name = "version")]
    public string? VersionId { get; set; }

    /// <summary>"si" or "no".</summary>
    [FromForm(Name = "util")]
    public string? Useful { get; set; }

    /// <summary>"1" when posted from the two questions after "No".</summary>
    [FromForm(Name = "detalles")]
    public string? Details { get; set; }

    [FromForm(Name = "haciendo")]
    public string? Doing { get; set; }

    [FromForm(Name = "fallo")]
    public string? WentWrong { get; set; }

    /// <summary>The page's path, to go back to.</summary>
    [FromForm(Name = "volver")]
    public string? Back { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by bots.</summary>
    [FromForm(Name = "sitio-web")]
    public string? Trap { get; set; }
}
