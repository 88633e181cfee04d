namespace Portal.Inbox.Recipes;

/// <summary>
/// The "inbox" step as a recipe writes it. Units, categories, canned answers and routing rules are matched by name
/// (title for answers) and created when missing; what the recipe does not name stays. Enumerations are written by
/// name ("FirstResponse", "WhatsApp", "WorkingDays", "Regional", "Anonymise"). Nothing here names a person: requests,
/// citizens, messages, staff accounts and legal holds (which are about single requests) never travel in a recipe.
/// </summary>
internal sealed record InboxRecipe(
    string Name = "",
    List<RecipeUnit>? Units = null,
    List<RecipeCategory>? Categories = null,
    List<RecipeTarget>? Targets = null,
    RecipeCalendar? Calendar = null,
    List<RecipeCannedAnswer>? CannedAnswers = null,
    List<RecipeRule>? RoutingRules = null)
{
    public bool IsEmpty => Units is null && Categories is null && Targets is null && Calendar is null && CannedAnswers is null && RoutingRules is null;
}

/// <summary>A unit by name; its members are staff accounts, which recipes do not carry, so a unit keeps the ones it has.</summary>
internal sealed record RecipeUnit(string Name = "");

/// <summary>
/// A category with the unit that answers it (null: none). <see cref="Targets"/>, when given, are exactly the category's
/// own targets; <see cref="Retention"/>, when given, is its rule. Either left out keeps what the site has.
/// </summary>
internal sealed record RecipeCategory(string Name = "", string? Unit = null, List<RecipeTarget>? Targets = null, RecipeRetention? Retention = null);

/// <summary>How long one kind of clock may run; <see cref="Channel"/> null applies to every channel.</summary>
internal sealed record RecipeTarget(string Kind = "", string? Channel = null, int Amount = 0, string Unit = "");

/// <summary>What happens to the category's requests <see cref="Months"/> after closing; "Keep" needs no months.</summary>
internal sealed record RecipeRetention(string Action = "", int? Months = null);

/// <summary>
/// <see cref="Week"/>, when given, is the whole week: weekday names ("Monday") to hours as the calendar page writes
/// them ("9:00-14:00, 16:00-18:30"); a day left out has no office hours. <see cref="Holidays"/> are added or renamed
/// by date; with <see cref="ReplaceHolidays"/> they are the calendar's only ones, as an export writes them.
/// </summary>
internal sealed record RecipeCalendar(Dictionary<string, string>? Week = null, List<RecipeHoliday>? Holidays = null, bool ReplaceHolidays = false);

/// <summary>A día inhábil: its date as yyyy-MM-dd, its name and who declared it.</summary>
internal sealed record RecipeHoliday(string Date = "", string Name = "", string Scope = "");

/// <summary>A canned answer; <see cref="Guide"/> is the item id of the trámite it explains, <see cref="Categories"/> where it is offered (none: everywhere).</summary>
internal sealed record RecipeCannedAnswer(string Title = "", string Text = "", string? Guide = null, List<string>? Categories = null);

/// <summary>A routing rule; rules the recipe names are tried first, in its order. Conditions left null match everything.</summary>
internal sealed record RecipeRule(
    string Name = "",
    string? Channel = null,
    string? Category = null,
    string? Keyword = null,
    string? Topic = null,
    string Unit = "",
    string? SetCategory = null);
