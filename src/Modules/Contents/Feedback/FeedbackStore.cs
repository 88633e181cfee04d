using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Feedback;

/// <summary>Saves an answer about a version citizens can see; refuses versions that are not (or no longer) public.</summary>
public sealed class FeedbackStore(IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<bool> AddAsync(string itemId, string versionId, bool useful, string? doing, string? wentWrong, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var published = await db.ContentItems.AsNoTracking().AnyAsync(c => c.ItemId == itemId && c.VersionId == versionId && c.Published, cancellationToken);
        if (!published)
        {
            return false;
        }

        await unitOfWork.BeginAsync(cancellationToken);
        db.Set<PageFeedback>().Add(new PageFeedback
        {
            Id = Guid.NewGuid().ToString("N"),
            ItemId = itemId,
            VersionId = versionId,
            Useful = useful,
            Doing = doing,
            WentWrong = wentWrong,
            Day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
