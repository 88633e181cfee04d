using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Inbox.Calendar;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.Inbox.Routing;
using Portal.Inbox.Units;
using TargetsPage = Portal.Inbox.Pages.Admin.Inbox.Targets.IndexModel;

namespace Portal.Inbox.Recipes;

/// <summary>
/// <c>{ "name": "inbox", "units", "categories", "targets", "calendar", "cannedAnswers", "routingRules" }</c>: the
/// inbox's configuration, as <see cref="InboxRecipe"/> describes it. Validation checks the step's own shape; names
/// it refers to (units, categories, topics, content items) may come from earlier steps, so they are looked up when it
/// runs, and one that is missing stops the recipe there with everything undone.
/// </summary>
internal sealed class InboxStep(IStringLocalizer<InboxResources> S) : IRecipeStep
{
    public const string StepName = "inbox";
    public const string DateFormat = "yyyy-MM-dd";

    public string Name => StepName;

    public Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        InboxRecipe? recipe;
        try
        {
            recipe = step.Deserialize<InboxRecipe>(RecipeJson.StrictModelOptions);
        }
        catch (JsonException ex)
        {
            context.AddError(RecipeJson.Combine("$", ex.Path), S["Recipe_Mismatch"]);
            return Task.CompletedTask;
        }

        if (recipe is null || recipe.IsEmpty)
        {
            context.AddError("$", S["Recipe_Empty"]);
            return Task.CompletedTask;
        }

        var error = context.AddError;
        Names(recipe.Units, "$.units", u => u.Name, Unit.NameLength, error);
        Names(recipe.Categories, "$.categories", c => c.Name, Category.NameLength, error);
        foreach (var (category, path) in Indexed(recipe.Categories, "$.categories"))
        {
            Text(category.Unit, path + ".unit", Unit.NameLength, error);
            Targets(category.Targets, path + ".targets", error);
            Retention(category.Retention, path + ".retention", error);
        }

        Targets(recipe.Targets, "$.targets", error);
        Calendar(recipe.Calendar, error);
        CannedAnswers(recipe.CannedAnswers, error);
        Rules(recipe.RoutingRules, error);
        return Task.CompletedTask;
    }

    public Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken) =>
        context.Services.GetRequiredService<InboxImport>().ApplyAsync(step.Deserialize<InboxRecipe>(RecipeJson.StrictModelOptions)!, cancellationToken);

    /// <summary>Each item with its JSON path.</summary>
    public static IEnumerable<(T Item, string Path)> Indexed<T>(IEnumerable<T>? items, string path) =>
        (items ?? []).Select((item, i) => (item, RecipeJson.Item(path, i)));

    public static bool IsName<TEnum>(string? value)
        where TEnum : struct, Enum => value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal);

    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Each name present, not too long and said once.</summary>
    private void Names<T>(List<T>? items, string path, Func<T, string> name, int length, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPath) in Indexed(items, path))
        {
            var value = name(item).Trim();
            if (Required(value, itemPath + ".name", length, error) && !seen.Add(value))
            {
                error(itemPath + ".name", S["Recipe_Duplicate", value]);
            }
        }
    }

    private bool Required(string value, string path, int length, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > length)
        {
            error(path, S["Recipe_Text", length]);
            return false;
        }

        return true;
    }

    private void Text(string? value, string path, int length, Action<string, string> error)
    {
        if (value is not null)
        {
            Required(value, path, length, error);
        }
    }

    private void Choice<TEnum>(string? value, string path, Action<string, string> error)
        where TEnum : struct, Enum
    {
        if (!IsName<TEnum>(value))
        {
            error(path, S["Recipe_Choice", value ?? "null", string.Join(", ", Enum.GetNames<TEnum>())]);
        }
    }

    private void Targets(List<RecipeTarget>? targets, string path, Action<string, string> error)
    {
        var seen = new HashSet<(string, string?)>();
        foreach (var (target, targetPath) in Indexed(targets, path))
        {
            Choice<ClockKind>(target.Kind, targetPath + ".kind", error);
            if (target.Channel is not null)
            {
                Choice<InboxChannel>(target.Channel, targetPath + ".channel", error);
            }

            Choice<TargetUnit>(target.Unit, targetPath + ".unit", error);
            if (target.Amount is < 1 or > TargetsPage.MaxAmount)
            {
                error(targetPath + ".amount", S["Targets_Error_Amount", TargetsPage.MaxAmount]);
            }

            if (!seen.Add((target.Kind, target.Channel)))
            {
                error(targetPath, S["Recipe_TargetDuplicate", target.Kind, target.Channel ?? "null"]);
            }
        }
    }

    private void Retention(RecipeRetention? retention, string path, Action<string, string> error)
    {
        if (retention is null)
        {
            return;
        }

        Choice<RetentionAction>(retention.Action, path + ".action", error);
        if (retention.Action != nameof(RetentionAction.Keep) && retention.Months is not (>= 1 and <= RetentionRule.MaxMonths))
        {
            error(path + ".months", S["Recipe_Months", RetentionRule.MaxMonths]);
        }
    }

    private void Calendar(RecipeCalendar? calendar, Action<string, string> error)
    {
        if (calendar?.Week is { } week)
        {
            var spans = 0;
            foreach (var (day, hours) in week)
            {
                var path = RecipeJson.Child("$.calendar.week", day);
                if (!IsName<DayOfWeek>(day))
                {
                    error(path, S["Recipe_Choice", day, string.Join(", ", Enum.GetNames<DayOfWeek>())]);
                    continue;
                }

                var (parsed, problem) = WeekHours.Parse(hours);
                if (problem is { } e)
                {
                    error(path, S["Calendar_Error_" + e, S["Calendar_Day_" + day]]);
                }

                spans += parsed.Count;
            }

            if (spans == 0)
            {
                error("$.calendar.week", S["Calendar_Error_NoHours"]);
            }
        }

        var dates = new HashSet<DateOnly>();
        foreach (var (holiday, path) in Indexed(calendar?.Holidays, "$.calendar.holidays"))
        {
            if (ParseDate(holiday.Date) is not { } date)
            {
                error(path + ".date", S["Recipe_Date", holiday.Date]);
            }
            else if (!dates.Add(date))
            {
                error(path + ".date", S["Recipe_Duplicate", holiday.Date]);
            }

            Required(holiday.Name, path + ".name", Holiday.NameLength, error);
            Choice<HolidayScope>(holiday.Scope, path + ".scope", error);
        }
    }

    private void CannedAnswers(List<RecipeCannedAnswer>? answers, Action<string, string> error)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (answer, path) in Indexed(answers, "$.cannedAnswers"))
        {
            if (Required(answer.Title, path + ".title", CannedAnswer.TitleLength, error) && !titles.Add(answer.Title.Trim()))
            {
                error(path + ".title", S["Recipe_Duplicate", answer.Title.Trim()]);
            }

            Required(answer.Text, path + ".text", CannedAnswer.TextLength, error);
            if (CannedAnswerVariables.Unknown(answer.Text) is { Count: > 0 } unknown)
            {
                error(path + ".text", S["Canned_UnknownVariables", string.Join(", ", unknown.Select(v => "{" + v + "}")), string.Join(", ", CannedAnswerVariables.All.Select(v => "{" + v + "}"))]);
            }

            Text(answer.Guide, path + ".guide", ContentItem.IdLength, error);
            foreach (var (category, categoryPath) in Indexed(answer.Categories, path + ".categories"))
            {
                Required(category, categoryPath, Category.NameLength, error);
            }
        }
    }

    private void Rules(List<RecipeRule>? rules, Action<string, string> error)
    {
        foreach (var (rule, path) in Indexed(rules, "$.routingRules"))
        {
            Required(rule.Name, path + ".name", RoutingRule.NameLength, error);
            if (rule.Channel is not null)
            {
                Choice<InboxChannel>(rule.Channel, path + ".channel", error);
            }

            Text(rule.Category, path + ".category", Category.NameLength, error);
            Text(rule.Keyword, path + ".keyword", RoutingRule.KeywordLength, error);
            Text(rule.Topic, path + ".topic", RoutingRule.TopicLength, error);
            Required(rule.Unit, path + ".unit", Unit.NameLength, error);
            Text(rule.SetCategory, path + ".setCategory", Category.NameLength, error);
        }
    }
}
