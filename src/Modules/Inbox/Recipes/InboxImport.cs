using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Calendar;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.Inbox.Routing;
using Portal.Inbox.Units;
using Portal.Taxonomies.Terms;

namespace Portal.Inbox.Recipes;

/// <summary>
/// Writes a validated "inbox" step. Rows are matched by their natural key and only what differs is written, so the
/// same recipe imported twice leaves every row, id included, as the first import did.
/// </summary>
internal sealed class InboxImport(IUnitOfWork unitOfWork, ITaxonomyStore taxonomies, IStringLocalizer<InboxResources> S)
{
    public async Task ApplyAsync(InboxRecipe recipe, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var units = await UnitsAsync(db, recipe.Units, cancellationToken);
        var categories = await CategoriesAsync(db, recipe.Categories, units, cancellationToken);
        if (recipe.Targets is { } general)
        {
            await TargetsAsync(db, null, general, cancellationToken);
        }

        await CalendarAsync(db, recipe.Calendar, cancellationToken);
        await CannedAnswersAsync(db, recipe.CannedAnswers, categories, cancellationToken);
        await RulesAsync(db, recipe.RoutingRules, units, categories, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        ClockRulesCache.AfterChange(unitOfWork);
    }

    private static async Task<Dictionary<string, int>> UnitsAsync(DbContext db, List<RecipeUnit>? listed, CancellationToken cancellationToken)
    {
        var units = await db.Set<Unit>().ToListAsync(cancellationToken);
        foreach (var name in (listed ?? []).Select(u => u.Name.Trim()).Where(n => units.All(u => u.Name != n)))
        {
            units.Add(db.Add(new Unit { Name = name }).Entity);
        }

        await db.SaveChangesAsync(cancellationToken);
        return units.ToDictionary(u => u.Name, u => u.Id, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, int>> CategoriesAsync(DbContext db, List<RecipeCategory>? listed, Dictionary<string, int> units, CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().ToListAsync(cancellationToken);
        var touched = new List<(Category Category, RecipeCategory Input)>();
        foreach (var (input, path) in InboxStep.Indexed(listed, "$.categories"))
        {
            var name = input.Name.Trim();
            var category = categories.FirstOrDefault(c => c.Name == name);
            if (category is null)
            {
                category = db.Add(new Category { Name = name }).Entity;
                categories.Add(category);
            }

            category.UnitId = input.Unit is null ? null : Find(units, input.Unit, path + ".unit", "Recipe_UnknownUnit");
            touched.Add((category, input));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (category, input) in touched)
        {
            if (input.Targets is { } targets)
            {
                await TargetsAsync(db, category.Id, targets, cancellationToken);
            }

            if (input.Retention is { } retention)
            {
                await RetentionAsync(db, category.Id, retention, cancellationToken);
            }
        }

        return categories.ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The targets of one category (null: those for every category) become exactly <paramref name="listed"/>.</summary>
    private static async Task TargetsAsync(DbContext db, int? categoryId, List<RecipeTarget> listed, CancellationToken cancellationToken)
    {
        var existing = await db.Set<ResponseTarget>().Where(t => t.CategoryId == categoryId).ToListAsync(cancellationToken);
        Sync(db, existing, [.. listed.Select(t => new ResponseTarget
        {
            CategoryId = categoryId,
            Channel = t.Channel is null ? null : Enum.Parse<InboxChannel>(t.Channel),
            Kind = Enum.Parse<ClockKind>(t.Kind),
            Amount = t.Amount,
            Unit = Enum.Parse<TargetUnit>(t.Unit),
        })], t => (t.Kind, t.Channel), (from, to) =>
        {
            to.Amount = from.Amount;
            to.Unit = from.Unit;
        });
    }

    private static async Task RetentionAsync(DbContext db, int categoryId, RecipeRetention input, CancellationToken cancellationToken)
    {
        var action = Enum.Parse<RetentionAction>(input.Action);
        var existing = await db.Set<RetentionRule>().Where(r => r.CategoryId == categoryId).ToListAsync(cancellationToken);
        List<RetentionRule> wanted = action == RetentionAction.Keep ? [] : [new RetentionRule { CategoryId = categoryId, Action = action, Months = input.Months!.Value }];
        Sync(db, existing, wanted, r => r.CategoryId, (from, to) =>
        {
            to.Action = from.Action;
            to.Months = from.Months;
        });
    }

    private static async Task CalendarAsync(DbContext db, RecipeCalendar? calendar, CancellationToken cancellationToken)
    {
        if (calendar?.Week is { } week)
        {
            var wanted = week.SelectMany(d => WeekHours.Parse(d.Value).Spans.Select(s => new WorkingInterval
            {
                Day = Enum.Parse<DayOfWeek>(d.Key),
                StartMinute = (int)s.Start.ToTimeSpan().TotalMinutes,
                EndMinute = (int)s.End.ToTimeSpan().TotalMinutes,
            })).ToList();
            Sync(db, await db.Set<WorkingInterval>().ToListAsync(cancellationToken), wanted, i => (i.Day, i.StartMinute, i.EndMinute), (_, _) => { });
        }

        if (calendar?.Holidays is { } holidays)
        {
            var wanted = holidays.Select(h => new Holiday { Date = InboxStep.ParseDate(h.Date)!.Value, Name = h.Name.Trim(), Scope = Enum.Parse<HolidayScope>(h.Scope) }).ToList();
            var existing = await db.Set<Holiday>().ToListAsync(cancellationToken);
            Sync(db, calendar.ReplaceHolidays ? existing : [.. existing.Where(e => wanted.Any(w => w.Date == e.Date))], wanted, h => h.Date, (from, to) =>
            {
                to.Name = from.Name;
                to.Scope = from.Scope;
            });
        }
    }

    private async Task CannedAnswersAsync(PortalDbContext db, List<RecipeCannedAnswer>? listed, Dictionary<string, int> categories, CancellationToken cancellationToken)
    {
        if (listed is null)
        {
            return;
        }

        var answers = await db.Set<CannedAnswer>().ToListAsync(cancellationToken);
        var touched = new List<(CannedAnswer Answer, List<int> Categories)>();
        foreach (var (input, path) in InboxStep.Indexed(listed, "$.cannedAnswers"))
        {
            var guide = input.Guide?.Trim();
            if (guide is not null && !await db.ContentItems.AnyAsync(i => i.ItemId == guide && (i.Latest || i.Published), cancellationToken))
            {
                throw new RecipeStepException(path + ".guide", S["Recipe_UnknownGuide", guide]);
            }

            var title = input.Title.Trim();
            var answer = answers.FirstOrDefault(a => a.Title == title) ?? db.Add(new CannedAnswer { Title = title }).Entity;
            answer.Text = input.Text.Trim();
            answer.GuideItemId = guide;
            touched.Add((answer, [.. InboxStep.Indexed(input.Categories, path + ".categories").Select(c => Find(categories, c.Item, c.Path, "Recipe_UnknownCategory")).Distinct()]));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (answer, ids) in touched)
        {
            var existing = await db.Set<CannedAnswerCategory>().Where(c => c.CannedAnswerId == answer.Id).ToListAsync(cancellationToken);
            Sync(db, existing, [.. ids.Select(id => new CannedAnswerCategory { CannedAnswerId = answer.Id, CategoryId = id })], c => c.CategoryId, (_, _) => { });
        }
    }

    /// <summary>The rules the recipe names come first, in its order; the site's others follow in theirs.</summary>
    private async Task RulesAsync(DbContext db, List<RecipeRule>? listed, Dictionary<string, int> units, Dictionary<string, int> categories, CancellationToken cancellationToken)
    {
        if (listed is null)
        {
            return;
        }

        var unmatched = await db.Set<RoutingRule>().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var topics = (await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken)).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var ordered = new List<RoutingRule>();
        foreach (var (input, path) in InboxStep.Indexed(listed, "$.routingRules"))
        {
            var name = input.Name.Trim();
            var rule = unmatched.FirstOrDefault(r => r.Name == name);
            if (rule is null)
            {
                rule = db.Add(new RoutingRule { Name = name }).Entity;
            }
            else
            {
                unmatched.Remove(rule);
            }

            var topic = input.Topic?.Trim();
            if (topic is not null && !topics.Contains(topic))
            {
                throw new RecipeStepException(path + ".topic", S["Recipe_UnknownTopic", topic, Vocabularies.Topics]);
            }

            var unitId = Find(units, input.Unit, path + ".unit", "Recipe_UnknownUnit");
            if (rule.UnitId != unitId)
            {
                // An owner must belong to the rule's unit, and members do not travel in recipes.
                rule.OwnerId = null;
            }

            rule.UnitId = unitId;
            rule.Channel = input.Channel is null ? null : Enum.Parse<InboxChannel>(input.Channel);
            rule.CategoryId = input.Category is null ? null : Find(categories, input.Category, path + ".category", "Recipe_UnknownCategory");
            rule.Keyword = input.Keyword?.Trim();
            rule.Topic = topic;
            rule.SetCategoryId = input.SetCategory is null ? null : Find(categories, input.SetCategory, path + ".setCategory", "Recipe_UnknownCategory");
            ordered.Add(rule);
        }

        foreach (var (rule, position) in ordered.Concat(unmatched).Select((r, i) => (r, i + 1)))
        {
            rule.Position = position;
        }
    }

    /// <summary>
    /// Adds the rows of <paramref name="wanted"/> whose key <paramref name="existing"/> lacks, copies the others onto the
    /// row they match (EF then writes only what changed) and removes the existing rows no wanted one matches, and any
    /// second row with the same key.
    /// </summary>
    private static void Sync<TRow, TKey>(DbContext db, List<TRow> existing, List<TRow> wanted, Func<TRow, TKey> key, Action<TRow, TRow> copy)
        where TRow : class
        where TKey : notnull
    {
        var byKey = new Dictionary<TKey, TRow>();
        db.RemoveRange(existing.Where(row => !byKey.TryAdd(key(row), row)).ToList());
        foreach (var row in wanted)
        {
            if (byKey.Remove(key(row), out var match))
            {
                copy(row, match);
            }
            else
            {
                db.Add(row);
            }
        }

        db.RemoveRange(byKey.Values);
    }

    private int Find(Dictionary<string, int> ids, string name, string path, string message) =>
        ids.TryGetValue(name.Trim(), out var id) ? id : throw new RecipeStepException(path, S[message, name.Trim()]);
}
