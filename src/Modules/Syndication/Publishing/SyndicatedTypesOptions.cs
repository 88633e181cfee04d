namespace Portal.Syndication.Publishing;

/// <summary>An administrator's choice, per content type, of whether its publications go to the networks; absent types keep their default.</summary>
public sealed class SyndicatedTypesOptions
{
    public Dictionary<string, bool> Types { get; init; } = [];
}
