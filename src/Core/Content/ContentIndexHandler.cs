using Portal.Core.UnitOfWork;

namespace Portal.Core.Content;

/// <summary>
/// Fills the modules' typed index tables whenever a version is written. Registered before any module's handler,
/// so a module's <c>Saved</c> handler already finds the version's index rows.
/// </summary>
internal sealed class ContentIndexHandler(IEnumerable<IContentIndexProvider> providers, IUnitOfWork unitOfWork) : IContentHandler
{
    public async Task SavedAsync(ContentContext context)
    {
        foreach (var provider in providers)
        {
            await provider.MapAsync(context, unitOfWork.Db, CancellationToken.None);
        }
    }
}
