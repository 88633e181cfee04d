using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Scheduling;

/// <summary>A date is spent once the item is published or unpublished, by the task or by hand; a removed item keeps none.</summary>
internal sealed class ScheduleContentHandler(IUnitOfWork unitOfWork) : IContentHandler
{
    private DbSet<ContentSchedule> Schedules => unitOfWork.Db.Set<ContentSchedule>();

    public async Task PublishedAsync(ContentContext context)
    {
        var itemId = context.Item.ItemId;
        await Schedules.Where(s => s.ItemId == itemId && s.PublishUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PublishUtc, (DateTime?)null).SetProperty(x => x.LastError, (string?)null));
        await DropSpentAsync(itemId);
    }

    public async Task UnpublishedAsync(ContentContext context)
    {
        var itemId = context.Item.ItemId;
        await Schedules.Where(s => s.ItemId == itemId && s.UnpublishUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UnpublishUtc, (DateTime?)null));
        await DropSpentAsync(itemId);
    }

    public async Task RemovedAsync(ContentContext context)
    {
        var itemId = context.Item.ItemId;
        await Schedules.Where(s => s.ItemId == itemId).ExecuteDeleteAsync();
    }

    private async Task DropSpentAsync(string itemId) =>
        await Schedules.Where(s => s.ItemId == itemId && s.PublishUtc == null && s.UnpublishUtc == null && s.LastError == null).ExecuteDeleteAsync();
}
