using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Scheduling;

/// <summary>Reads and writes an item's schedule inside the request's unit of work.</summary>
public sealed class ContentSchedules(IUnitOfWork unitOfWork)
{
    private DbSet<ContentSchedule> Set => unitOfWork.Db.Set<ContentSchedule>();

    public Task<ContentSchedule?> GetAsync(string itemId, CancellationToken cancellationToken = default) =>
        Set.AsNoTracking().FirstOrDefaultAsync(s => s.ItemId == itemId, cancellationToken);

    /// <summary>Sets both dates (null clears one); an item with neither loses its row.</summary>
    public async Task SaveAsync(string itemId, DateTime? publishUtc, DateTime? unpublishUtc, string user, CancellationToken cancellationToken = default)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var row = await Set.FirstOrDefaultAsync(s => s.ItemId == itemId, cancellationToken);
        if (publishUtc is null && unpublishUtc is null)
        {
            if (row is not null)
            {
                Set.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new ContentSchedule { ItemId = itemId };
                Set.Add(row);
            }

            var changed = row.PublishUtc != publishUtc || row.UnpublishUtc != unpublishUtc;
            row.PublishUtc = publishUtc;
            row.UnpublishUtc = unpublishUtc;
            if (changed)
            {
                row.ScheduledBy = user;
                row.LastError = null;
            }
        }

        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        if (row is not null)
        {
            // Handlers update schedules with set-based statements: a tracked copy would go stale.
            unitOfWork.Db.Entry(row).State = EntityState.Detached;
        }
    }
}
