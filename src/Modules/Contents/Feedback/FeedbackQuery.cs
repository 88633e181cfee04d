using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Feedback;

public sealed record FeedbackComment(DateOnly Day, bool Useful, string? Doing, string? WentWrong);

/// <summary>An item's answers: the yes/no counts and the latest comments.</summary>
public sealed record FeedbackSummary(string ItemId, int Yes, int No, IReadOnlyList<FeedbackComment> Comments)
{
    public int Total => Yes + No;

    /// <summary>Share of "sí", 0–100; null without answers.</summary>
    public int? UsefulPercent => Total == 0 ? null : (int)Math.Round(100.0 * Yes / Total);
}

/// <param name="Title">The item's latest title.</param>
public sealed record FeedbackOverviewRow(string ItemId, string Title, int Yes, int No, int Comments)
{
    public int? UsefulPercent => Yes + No == 0 ? null : (int)Math.Round(100.0 * Yes / (Yes + No));
}

public sealed record FeedbackOverview(IReadOnlyList<FeedbackOverviewRow> Rows, int Total, int Page, int PageCount);

/// <summary>What editors see of citizens' answers.</summary>
public sealed class FeedbackQuery(IUnitOfWork unitOfWork)
{
    public const int CommentsShown = 50;
    public const int PageSize = 20;

    public async Task<FeedbackSummary> SummaryAsync(string itemId, CancellationToken cancellationToken)
    {
        var set = unitOfWork.Db.Set<PageFeedback>().AsNoTracking().Where(f => f.ItemId == itemId);
        var yes = await set.CountAsync(f => f.Useful, cancellationToken);
        var no = await set.CountAsync(f => !f.Useful, cancellationToken);
        var comments = await set
            .Where(f => f.Doing != null || f.WentWrong != null)
            .OrderByDescending(f => f.Day).ThenBy(f => f.Id)
            .Take(CommentsShown)
            .Select(f => new FeedbackComment(f.Day, f.Useful, f.Doing, f.WentWrong))
            .ToListAsync(cancellationToken);
        return new FeedbackSummary(itemId, yes, no, comments);
    }

    /// <summary>Items with answers, the most "no" first: where readers struggle most.</summary>
    public async Task<FeedbackOverview> OverviewAsync(int page, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var grouped = db.Set<PageFeedback>().AsNoTracking()
            .GroupBy(f => f.ItemId)
            .Select(g => new
            {
                ItemId = g.Key,
                Yes = g.Count(f => f.Useful),
                No = g.Count(f => !f.Useful),
                Comments = g.Count(f => f.Doing != null || f.WentWrong != null),
            });
        var total = await grouped.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await grouped
            .OrderByDescending(g => g.No).ThenBy(g => g.ItemId)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ItemId).ToList();
        var titles = await db.ContentItems.AsNoTracking()
            .Where(c => c.Latest && ids.Contains(c.ItemId))
            .ToDictionaryAsync(c => c.ItemId, c => c.DisplayText, cancellationToken);
        return new FeedbackOverview(
            [.. rows.Select(r => new FeedbackOverviewRow(r.ItemId, titles.GetValueOrDefault(r.ItemId, ""), r.Yes, r.No, r.Comments))],
            total, page, pageCount);
    }
}
