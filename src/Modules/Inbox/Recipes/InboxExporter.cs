using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Inbox.Calendar;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Privacy;
using Portal.Inbox.Routing;
using Portal.Inbox.Units;

namespace Portal.Inbox.Recipes;

/// <summary>
/// The inbox's configuration as the inbox step reads it back, every part written in full (the whole week, every
/// holiday, each category's targets and retention) so that importing it gives the same configuration. Requests,
/// people, messages, legal holds, unit members and rule owners are left out: they are about citizens or staff accounts.
/// </summary>
internal sealed class InboxExporter : IRecipeExporter
{
    public string StepName => InboxStep.StepName;

    /// <summary>After content, which canned answers link to, and taxonomies, whose topics rules name.</summary>
    public int Order => 110;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().ToListAsync(cancellationToken);
        var names = categories.ToDictionary(c => c.Id, c => c.Name);
        var targets = await db.Set<ResponseTarget>().AsNoTracking().ToListAsync(cancellationToken);
        var retention = await db.Set<RetentionRule>().AsNoTracking().ToDictionaryAsync(r => r.CategoryId, cancellationToken);
        return new JsonObject
        {
            ["name"] = StepName,
            ["units"] = Array(units.Values.Order(StringComparer.Ordinal).Select(n => new JsonObject { ["name"] = n })),
            ["categories"] = Array(categories.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new JsonObject
            {
                ["name"] = c.Name,
                ["unit"] = c.UnitId is { } unitId ? units.GetValueOrDefault(unitId) : null,
                ["targets"] = Targets(targets.Where(t => t.CategoryId == c.Id)),
                ["retention"] = retention.TryGetValue(c.Id, out var rule)
                    ? new JsonObject { ["action"] = rule.Action.ToString(), ["months"] = rule.Months }
                    : new JsonObject { ["action"] = nameof(RetentionAction.Keep) },
            })),
            ["targets"] = Targets(targets.Where(t => t.CategoryId is null)),
            ["calendar"] = await CalendarAsync(db, cancellationToken),
            ["cannedAnswers"] = await CannedAnswersAsync(db, names, cancellationToken),
            ["routingRules"] = await RulesAsync(db, units, names, cancellationToken),
        };
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items]);

    private static JsonArray Targets(IEnumerable<ResponseTarget> targets) => Array(targets
        .OrderBy(t => t.Kind).ThenBy(t => t.Channel is null).ThenBy(t => t.Channel)
        .Select(t => new JsonObject
        {
            ["kind"] = t.Kind.ToString(),
            ["channel"] = t.Channel?.ToString(),
            ["amount"] = t.Amount,
            ["unit"] = t.Unit.ToString(),
        }));

    private static async Task<JsonObject> CalendarAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var intervals = await db.Set<WorkingInterval>().AsNoTracking().ToListAsync(cancellationToken);
        var holidays = await db.Set<Holiday>().AsNoTracking().OrderBy(h => h.Date).ToListAsync(cancellationToken);
        var week = new JsonObject();
        foreach (var day in Pages.Admin.Inbox.Calendar.IndexModel.Week)
        {
            week[day.ToString()] = WeekHours.Format(intervals.Where(i => i.Day == day).Select(i => i.Span));
        }

        return new JsonObject
        {
            ["week"] = week,
            ["holidays"] = Array(holidays.Select(h => new JsonObject
            {
                ["date"] = h.Date.ToString(InboxStep.DateFormat, CultureInfo.InvariantCulture),
                ["name"] = h.Name,
                ["scope"] = h.Scope.ToString(),
            })),
            ["replaceHolidays"] = true,
        };
    }

    /// <summary>A guide goes with its answer while the content step carries its item (it is not removed).</summary>
    private static async Task<JsonArray> CannedAnswersAsync(PortalDbContext db, Dictionary<int, string> categories, CancellationToken cancellationToken)
    {
        var answers = await db.Set<CannedAnswer>().AsNoTracking().OrderBy(a => a.Title).ToListAsync(cancellationToken);
        var links = await db.Set<CannedAnswerCategory>().AsNoTracking().ToListAsync(cancellationToken);
        var guideIds = answers.Select(a => a.GuideItemId).OfType<string>().Distinct().ToList();
        var guides = await db.ContentItems.AsNoTracking().Where(i => guideIds.Contains(i.ItemId) && (i.Latest || i.Published))
            .Select(i => i.ItemId).Distinct().ToListAsync(cancellationToken);
        return Array(answers.OrderBy(a => a.Title, StringComparer.Ordinal).Select(a =>
        {
            var json = new JsonObject { ["title"] = a.Title, ["text"] = a.Text };
            if (a.GuideItemId is { } guide && guides.Contains(guide))
            {
                json["guide"] = guide;
            }

            json["categories"] = new JsonArray([.. links.Where(l => l.CannedAnswerId == a.Id && categories.ContainsKey(l.CategoryId)).Select(l => categories[l.CategoryId]).Order(StringComparer.Ordinal).Select(n => (JsonNode)n)]);
            return json;
        }));
    }

    private static async Task<JsonArray> RulesAsync(PortalDbContext db, Dictionary<int, string> units, Dictionary<int, string> categories, CancellationToken cancellationToken)
    {
        var rules = await db.Set<RoutingRule>().AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);

        // A rule left pointing at a deleted unit or category never routes anything; written without it, it would.
        bool Whole(RoutingRule r) => units.ContainsKey(r.UnitId) && new[] { r.CategoryId, r.SetCategoryId }.OfType<int>().All(categories.ContainsKey);
        return Array(rules.Where(Whole).Select(r => new JsonObject
        {
            ["name"] = r.Name,
            ["channel"] = r.Channel?.ToString(),
            ["category"] = r.CategoryId is { } c ? categories[c] : null,
            ["keyword"] = r.Keyword,
            ["topic"] = r.Topic,
            ["unit"] = units[r.UnitId],
            ["setCategory"] = r.SetCategoryId is { } s ? categories[s] : null,
        }));
    }
}
