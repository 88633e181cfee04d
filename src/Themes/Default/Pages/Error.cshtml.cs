using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Themes.Default.Pages;

/// <summary>
/// The Spanish error page for every status the pipeline re-executes here (404, 500, 400...). It answers any
/// method, because a failed POST is re-executed as a POST, and it keeps the original status code.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public ErrorKind Kind { get; private set; }

    public IActionResult OnGet(int? code) => Render(code);

    public IActionResult OnPost(int? code) => Render(code);

    private PageResult Render(int? code)
    {
        // After an exception the handler has already set the status it stands for (500, or 400/413 for a body it could not read).
        var status = code ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? StatusCodes.Status404NotFound : Response.StatusCode);
        Kind = status switch
        {
            StatusCodes.Status404NotFound => ErrorKind.NotFound,
            StatusCodes.Status413PayloadTooLarge => ErrorKind.TooLarge,
            StatusCodes.Status507InsufficientStorage => ErrorKind.DiskFull,
            _ => ErrorKind.Generic,
        };
        Response.StatusCode = status;
        return Page();
    }
}

/// <summary>The errors the page explains in their own words.</summary>
public enum ErrorKind
{
    Generic,
    NotFound,
    TooLarge,
    DiskFull,
}
