using Microsoft.AspNetCore.Http;

namespace Portal.Core.UnitOfWork;

/// <summary>
/// Commits the request's unit of work when the pipeline succeeds and rolls it back when it throws. MVC actions
/// and pages are committed earlier by <see cref="UnitOfWorkFilter"/>, before their result is written, so a
/// failed commit never follows a page that said "saved".
/// </summary>
internal sealed class UnitOfWorkMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IUnitOfWork unitOfWork)
    {
        try
        {
            await next(context);
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }

        // The work is done; a client that hung up (a network's webhook timing out) must not turn a finished
        // request into a cancelled commit, which would lose what it did.
        await unitOfWork.CommitAsync(CancellationToken.None);
    }
}
