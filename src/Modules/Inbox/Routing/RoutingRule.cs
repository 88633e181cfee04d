using Portal.Inbox.Requests;

namespace Portal.Inbox.Routing;

/// <summary>
/// Sends new requests that match every condition it sets (an empty condition matches all) to a unit, and optionally
/// a category and an owner. Rules are tried in <see cref="Position"/> order; the first that matches wins.
/// </summary>
public sealed class RoutingRule
{
    public const string TableName = "InboxRoutingRules";
    public const int NameLength = 200;
    public const int KeywordLength = 200;
    public const int TopicLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Position { get; set; }

    public InboxChannel? Channel { get; set; }

    public int? CategoryId { get; set; }

    /// <summary>Found in the first message's text regardless of accents and case.</summary>
    public string? Keyword { get; set; }

    /// <summary>A topic's slug: the request is about a content item filed under it.</summary>
    public string? Topic { get; set; }

    public int UnitId { get; set; }

    public int? SetCategoryId { get; set; }

    public string? OwnerId { get; set; }
}
