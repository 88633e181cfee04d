namespace Portal.Inbox;

/// <summary>What an administrator sets for the inbox as a whole (site settings, so every node sees the same).</summary>
public sealed class InboxSettings
{
    public const int PrefixMaxLength = 6;

    /// <summary>Names the organisation in every reference: <c>VDR</c>-2026-000123-K. Letters only, upper case.</summary>
    public string ReferencePrefix { get; init; } = "REF";
}
