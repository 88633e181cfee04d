namespace Portal.Inbox;

/// <summary>What an administrator sets for the inbox as a whole (site settings, so every node sees the same).</summary>
public sealed class InboxSettings
{
    public const int PrefixMaxLength = 6;

    /// <summary>Names the organisation in every reference: <c>VDR</c>-2026-000123-K. Letters only, upper case.</summary>
    public string ReferencePrefix { get; init; } = "REF";

    /// <summary>One to six letters A–Z: what a reference read out on the phone can carry.</summary>
    public static bool IsValidPrefix(string prefix) => prefix.Length is >= 1 and <= PrefixMaxLength && prefix.All(char.IsAsciiLetterUpper);
}
