namespace Portal.Syndication.Counting;

/// <summary>What a network counts: the preview names the unit so an editor knows why 10 emoji cost 20 on X.</summary>
public enum LengthUnit
{
    Graphemes,
    Utf8Bytes,
    WeightedCharacters,
    Utf16Units,
}

/// <summary>One limit of one network applied to one text.</summary>
public sealed record TextMeasure(int Used, int Limit, LengthUnit Unit)
{
    public bool Fits => Used <= Limit;

    public int Remaining => Limit - Used;
}

/// <summary>Every limit a network applies to a message; the first is the one the preview shows.</summary>
public sealed record MessageCount(IReadOnlyList<TextMeasure> Measures)
{
    public TextMeasure Primary => Measures[0];

    public bool Fits => Measures.All(m => m.Fits);

    /// <summary>The first limit the text breaks, for the error message.</summary>
    public TextMeasure? FirstExceeded => Measures.FirstOrDefault(m => !m.Fits);
}

/// <summary>What changes a network's limit: a photo turns a Telegram message into a 1,024-unit caption; each Mastodon instance sets its own maximum.</summary>
public sealed record CountingOptions(bool HasMedia = false, int? MaxCharacters = null);
