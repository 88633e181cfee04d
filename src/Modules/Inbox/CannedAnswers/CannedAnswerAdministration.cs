using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.People;
using Portal.Inbox.Requests;

namespace Portal.Inbox.CannedAnswers;

/// <summary>What the canned answer form sends.</summary>
public sealed class CannedAnswerInput
{
    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? GuideItemId { get; set; }

    public List<int> CategoryIds { get; set; } = [];
}

/// <summary>A published item a canned answer may link to.</summary>
public sealed record GuideOption(string ItemId, string Title);

/// <summary>The canned answers: editing them, and filling one in for a request.</summary>
public sealed class CannedAnswerAdministration(IUnitOfWork unitOfWork, PublicUrls urls, IStringLocalizer<InboxResources> S)
{
    private const int GuidesOffered = 500;

    public Task<List<CannedAnswer>> ListAsync(CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<CannedAnswer>().AsNoTracking().OrderBy(a => a.Title).ToListAsync(cancellationToken);

    public Task<CannedAnswer?> FindAsync(int id, CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<CannedAnswer>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<List<int>> CategoriesOfAsync(int id, CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<CannedAnswerCategory>().Where(c => c.CannedAnswerId == id).Select(c => c.CategoryId).ToListAsync(cancellationToken);

    /// <summary>The answers offered for a request of <paramref name="categoryId"/>: those for its category and those for every one.</summary>
    public async Task<List<CannedAnswer>> OfferedAsync(int? categoryId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var links = db.Set<CannedAnswerCategory>();
        return await db.Set<CannedAnswer>().AsNoTracking()
            .Where(a => !links.Any(l => l.CannedAnswerId == a.Id) || links.Any(l => l.CannedAnswerId == a.Id && l.CategoryId == categoryId))
            .OrderBy(a => a.Title)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Published items, by title, for the guide picker.</summary>
    public Task<List<GuideOption>> GuidesAsync(CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<ContentItem>().AsNoTracking().Where(i => i.Published).OrderBy(i => i.DisplayText).Take(GuidesOffered)
            .Select(i => new GuideOption(i.ItemId, i.DisplayText)).ToListAsync(cancellationToken);

    /// <summary>Checks and stores the answer; <paramref name="id"/> null creates one. Returns the errors, empty when saved.</summary>
    public async Task<(int? Id, IReadOnlyList<string> Errors)> SaveAsync(int? id, CannedAnswerInput input, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var title = input.Title?.Trim() ?? "";
        var text = input.Text?.Trim() ?? "";
        var guide = string.IsNullOrWhiteSpace(input.GuideItemId) ? null : input.GuideItemId;
        var errors = new List<string>();
        if (title.Length == 0 || title.Length > CannedAnswer.TitleLength)
        {
            errors.Add(S["Canned_TitleRequired", CannedAnswer.TitleLength].Value);
        }
        else if (await db.Set<CannedAnswer>().AnyAsync(a => a.Title == title && a.Id != id, cancellationToken))
        {
            errors.Add(S["Canned_TitleTaken", title].Value);
        }

        if (text.Length == 0 || text.Length > CannedAnswer.TextLength)
        {
            errors.Add(S["Canned_TextRequired", CannedAnswer.TextLength].Value);
        }

        if (CannedAnswerVariables.Unknown(text) is { Count: > 0 } unknown)
        {
            errors.Add(S["Canned_UnknownVariables", string.Join(", ", unknown.Select(v => "{" + v + "}")), string.Join(", ", CannedAnswerVariables.All.Select(v => "{" + v + "}"))].Value);
        }

        if (guide is not null && !await db.Set<ContentItem>().AnyAsync(i => i.ItemId == guide && i.Published, cancellationToken))
        {
            errors.Add(S["Canned_UnknownGuide"].Value);
        }

        var categories = input.CategoryIds.Distinct().ToList();
        if (await db.Set<Category>().CountAsync(c => categories.Contains(c.Id), cancellationToken) != categories.Count)
        {
            errors.Add(S["Category_Unknown"].Value);
        }

        if (errors.Count > 0)
        {
            return (id, errors);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var answer = id is null ? null : await db.Set<CannedAnswer>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (id is not null && answer is null)
        {
            return (id, [S["Canned_Unknown"].Value]);
        }

        if (answer is null)
        {
            answer = new CannedAnswer();
            db.Add(answer);
        }

        answer.Title = title;
        answer.Text = text;
        answer.GuideItemId = guide;
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<CannedAnswerCategory>().Where(c => c.CannedAnswerId == answer.Id).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(categories.Select(c => new CannedAnswerCategory { CannedAnswerId = answer.Id, CategoryId = c }));
        return (answer.Id, []);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        await unitOfWork.Db.Set<CannedAnswerCategory>().Where(c => c.CannedAnswerId == id).ExecuteDeleteAsync(cancellationToken);
        return await unitOfWork.Db.Set<CannedAnswer>().Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The canned answer's text with its variables filled in for <paramref name="request"/>; null when there is no such answer.</summary>
    public async Task<string?> FillAsync(int id, Request request, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (await FindAsync(id, cancellationToken) is not { } answer)
        {
            return null;
        }

        var name = request.PersonId is { } personId ? await db.Set<Person>().Where(p => p.Id == personId).Select(p => p.DisplayName).SingleOrDefaultAsync(cancellationToken) : null;
        var guide = answer.GuideItemId is { } itemId ? await db.Set<ContentItem>().AsNoTracking().FirstOrDefaultAsync(i => i.ItemId == itemId && i.Published, cancellationToken) : null;
        var baseUrl = await urls.BaseAsync(cancellationToken);
        var guidePath = guide is null ? null : urls.PathOf(guide);
        var values = new AnswerValues(
            request.Reference,
            name,
            request.ResolutionDueUtc ?? request.FirstResponseDueUtc,
            PublicUrls.Absolute(baseUrl, InboxPaths.PublicStatus(request.PublicToken)),
            guide?.DisplayText,
            guidePath is null ? null : PublicUrls.Absolute(baseUrl, guidePath));
        return CannedAnswerVariables.Fill(answer.Text, values);
    }
}
