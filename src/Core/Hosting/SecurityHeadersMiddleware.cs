using Microsoft.AspNetCore.Http;

namespace Portal.Core.Hosting;

/// <summary>
/// Headers every response carries. The CSP allows only our own scripts, styles and frames; embeds of
/// third-party video are added by the module that shows them, through <see cref="ContentSecurityPolicy"/>.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var policy = context.Features.Get<ContentSecurityPolicy>() ?? ContentSecurityPolicy.Default;
            headers.ContentSecurityPolicy = policy.ToString();
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>
/// The Content-Security-Policy of one response; a page may widen it. Frames are allowed from the two
/// privacy-enhanced video players only: the Videos module inserts them after the visitor agrees, and the rule
/// lives in the default so pages replayed from the output cache (which skip the page's code) keep it.
/// </summary>
/// <remarks>
/// Browsers check <c>form-action</c> on the redirects that follow a form post too: a form that sends the user on to
/// another site (an OAuth authorization page) widens <see cref="FormActions"/> with that site.
/// </remarks>
public sealed record ContentSecurityPolicy(string FrameSources = ContentSecurityPolicy.VideoPlayers, string ImageSources = "'self' data:", string MediaSources = "'self'", string FormActions = "'self'")
{
    /// <summary>YouTube's no-cookie host and Vimeo's player, nothing else.</summary>
    public const string VideoPlayers = "https://www.youtube-nocookie.com https://player.vimeo.com";

    public static ContentSecurityPolicy Default { get; } = new();

    public override string ToString() =>
        $"default-src 'self'; script-src 'self'; style-src 'self'; img-src {ImageSources}; media-src {MediaSources}; "
        + $"font-src 'self'; connect-src 'self'; frame-src {FrameSources}; object-src 'none'; base-uri 'self'; "
        + $"form-action {FormActions}; frame-ancestors 'none'";
}
