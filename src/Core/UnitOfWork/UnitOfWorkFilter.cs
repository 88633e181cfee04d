using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Core.UnitOfWork;

/// <summary>Commits after an action or page handler succeeds and before its result is executed.</summary>
internal sealed class UnitOfWorkFilter(IUnitOfWork unitOfWork) : IAsyncActionFilter, IAsyncPageFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await unitOfWork.CommitAsync(context.HttpContext.RequestAborted);
        }
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await unitOfWork.CommitAsync(context.HttpContext.RequestAborted);
        }
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;
}
