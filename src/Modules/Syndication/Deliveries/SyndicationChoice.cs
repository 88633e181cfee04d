namespace Portal.Syndication.Deliveries;

/// <summary>What the editor decided on the item's "Difusión" page for one channel before publishing.</summary>
public sealed class SyndicationChoice
{
    public const string TableName = "SyndicationChoices";

    public long Id { get; set; }

    public string ItemId { get; set; } = "";

    public int ChannelId { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>The editor's own text for this channel; null uses the template.</summary>
    public string? CustomText { get; set; }
}
