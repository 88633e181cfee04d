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
    public bool IsNotFound { get; private set; }

    public bool IsTooLarge { get; private set; }

    public IActionResult OnGet(int? code) => Render(code);

    public IActionResult OnPost(int? code) => Render(code);

    private PageResult Render(int? code)
    {
        // After an exception the handler has already set the status it stands for (500, or 400/413 for a body it could not read).
        var status = code ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? StatusCodes.Status404NotFound : Response.StatusCode);
        IsNotFound = status == StatusCodes.Status404NotFound;
        IsTooLarge = status == StatusCodes.Status413PayloadTooLarge;
        Response.StatusCode = status;
        return Page();
    }
}
