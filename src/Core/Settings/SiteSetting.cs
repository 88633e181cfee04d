namespace Portal.Core.Settings;

/// <summary>A group of settings that administrators edit, stored as JSON under one key.</summary>
public sealed class SiteSetting
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }
}
