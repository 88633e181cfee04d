namespace Portal.Syndication.Counting;

/// <summary>A range of UTF-16 indexes in a message: a link, a mention or a hashtag.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
