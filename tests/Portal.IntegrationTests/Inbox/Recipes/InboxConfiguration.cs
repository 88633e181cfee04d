using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Inbox.Calendar;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Privacy;
using Portal.Inbox.Routing;
using Portal.Inbox.Units;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Recipes;

/// <summary>The inbox's configuration read straight from the tables, to compare two sites or one site at two moments.</summary>
public static class InboxConfiguration
{
    /// <summary>
    /// Every part of the configuration a recipe carries, with names in place of ids (two sites number their rows
    /// differently), one line per row. Unit members and rule owners are left out: they are staff accounts.
    /// </summary>
    public static Task<string> DescribeAsync(this PortalHost host) => host.RunAsync(async (services, ct) =>
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        string? Unit(int? id) => id is { } i ? units[i] : null;
        string? Category(int? id) => id is { } i ? categories[i] : null;
        var links = await db.Set<CannedAnswerCategory>().AsNoTracking().ToListAsync(ct);
        var lines = new List<string>();
        lines.AddRange(units.Values.Select(n => $"unit «{n}»"));
        lines.AddRange((await db.Set<Category>().AsNoTracking().ToListAsync(ct)).Select(c => $"category «{c.Name}» unit=«{Unit(c.UnitId)}»"));
        lines.AddRange((await db.Set<ResponseTarget>().AsNoTracking().ToListAsync(ct)).Select(t => $"target category=«{Category(t.CategoryId)}» channel={t.Channel} {t.Kind} {t.Amount} {t.Unit}"));
        lines.AddRange((await db.Set<RetentionRule>().AsNoTracking().ToListAsync(ct)).Select(r => $"retention «{Category(r.CategoryId)}» {r.Action} {r.Months}"));
        lines.AddRange((await db.Set<WorkingInterval>().AsNoTracking().ToListAsync(ct)).Select(i => $"hours {i.Day} {i.StartMinute}-{i.EndMinute}"));
        lines.AddRange((await db.Set<Holiday>().AsNoTracking().ToListAsync(ct)).Select(h => $"holiday {h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} «{h.Name}» {h.Scope}"));
        lines.AddRange((await db.Set<CannedAnswer>().AsNoTracking().ToListAsync(ct)).Select(a =>
            $"answer «{a.Title}» «{a.Text}» guide={a.GuideItemId} categories={string.Join(",", links.Where(l => l.CannedAnswerId == a.Id).Select(l => categories[l.CategoryId]).Order(StringComparer.Ordinal))}"));
        lines.AddRange((await db.Set<RoutingRule>().AsNoTracking().ToListAsync(ct)).Select(r =>
            $"rule {r.Position} «{r.Name}» channel={r.Channel} category=«{Category(r.CategoryId)}» keyword=«{r.Keyword}» topic={r.Topic} unit=«{Unit(r.UnitId)}» set=«{Category(r.SetCategoryId)}»"));
        return string.Join(Environment.NewLine, lines.Order(StringComparer.Ordinal));
    });

    /// <summary>Every row of the configuration tables, ids and staff columns included, as one comparable text.</summary>
    public static Task<string> RowsAsync(this PortalHost host) => host.RunAsync(async (services, ct) =>
    {
        var db = services.GetRequiredService<PortalDbContext>();
        return JsonSerializer.Serialize(new
        {
            Units = await db.Set<Unit>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct),
            Members = await db.Set<UnitMember>().AsNoTracking().OrderBy(x => x.UnitId).ThenBy(x => x.UserId).ToListAsync(ct),
            Categories = await db.Set<Category>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct),
            Targets = await db.Set<ResponseTarget>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct),
            Retention = await db.Set<RetentionRule>().AsNoTracking().OrderBy(x => x.CategoryId).ToListAsync(ct),
            Hours = await db.Set<WorkingInterval>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct),
            Holidays = await db.Set<Holiday>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct),
            Answers = await db.Set<CannedAnswer>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct),
            AnswerCategories = await db.Set<CannedAnswerCategory>().AsNoTracking().OrderBy(x => x.CannedAnswerId).ThenBy(x => x.CategoryId).ToListAsync(ct),
            Rules = await db.Set<RoutingRule>().AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct),
        });
    });
}
