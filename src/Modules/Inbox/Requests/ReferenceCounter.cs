namespace Portal.Inbox.Requests;

/// <summary>The last number given for a prefix and year; incremented in the transaction that creates the request.</summary>
public sealed class ReferenceCounter
{
    public const string TableName = "InboxReferenceCounters";
    public const int PrefixLength = 10;

    public string Prefix { get; set; } = "";

    public int Year { get; set; }

    public int Last { get; set; }
}
