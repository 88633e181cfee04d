using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;

namespace Portal.Users.Identity;

internal static class IdentityResults
{
    /// <summary>A refusal of Portal's own (not Identity's), worded from the module's resources.</summary>
    public static IdentityResult Refused(this IStringLocalizer<UsersResources> S, string key, params object[] arguments) =>
        IdentityResult.Failed(new IdentityError { Code = key, Description = S[key, arguments] });

    /// <summary>
    /// Identity saves after every call. Running the calls in the unit of work's transaction and rolling it back
    /// on the first failure means a change made of several calls is saved whole or not at all.
    /// </summary>
    public static async Task<IdentityResult> InTransactionAsync(this IUnitOfWork unitOfWork, Func<Task<IdentityResult>> work, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var result = await work();
        if (!result.Succeeded)
        {
            await unitOfWork.RollbackAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Runs the steps in order and stops at the first that fails.</summary>
    public static async Task<IdentityResult> ThenAsync(this Task<IdentityResult> first, params Func<Task<IdentityResult>>[] next)
    {
        var result = await first;
        foreach (var step in next)
        {
            if (!result.Succeeded)
            {
                return result;
            }

            result = await step();
        }

        return result;
    }
}
