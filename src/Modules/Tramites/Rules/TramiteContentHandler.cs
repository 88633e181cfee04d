using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Tramites.Model;

namespace Portal.Tramites.Rules;

/// <summary>
/// Applies <see cref="TramiteRules"/> whoever saves a trámite (the admin, a recipe, the scheduler), and gives a
/// trámite without a review date one six months ahead: content-model.md's default review cycle for trámites.
/// </summary>
internal sealed class TramiteContentHandler(TramiteRules rules, SiteTime siteTime) : IContentHandler
{
    public const int ReviewMonths = 6;

    public Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is TramiteContent tramite)
        {
            foreach (var error in rules.Errors(tramite, context.Publishing))
            {
                context.AddError(error.Field, error.Message);
            }
        }

        return Task.CompletedTask;
    }

    public async Task SavingAsync(ContentContext context)
    {
        if (context.Model is TramiteContent { Common.NextReviewDate: null } tramite)
        {
            var today = DateOnly.FromDateTime(await siteTime.ToLocalAsync(siteTime.UtcNow));
            tramite.Common.NextReviewDate = today.AddMonths(ReviewMonths);
        }
    }
}
