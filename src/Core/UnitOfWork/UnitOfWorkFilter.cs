using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Core.UnitOfWork;

/// <summary>
/// Commits after an action or page handler succeeds and before its result is executed. The commit ignores the
/// client hanging up: the handler finished, and a cancelled commit would lose what it did.
/// </summary>
internal sealed class UnitOfWorkFilter(IUnitOfWork unitOfWork) : IAsyncActionFilter, IAsyncPageFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await unitOfWork.CommitAsync(CancellationToken.None);
        }
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await unitOfWork.CommitAsync(CancellationToken.None);
        }
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;
}
