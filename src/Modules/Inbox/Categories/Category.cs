namespace Portal.Inbox.Categories;

/// <summary>What kind of matter a request is; it sets the unit by default, the targets and the retention.</summary>
public sealed class Category
{
    public const string TableName = "InboxCategories";
    public const int NameLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The unit that answers it unless a routing rule says otherwise.</summary>
    public int? UnitId { get; set; }
}
