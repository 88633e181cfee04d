namespace Portal.PlainLanguage.Scoring;

public enum TokenKind : byte
{
    Word,

    /// <summary>Anything with a digit: numbers, dates, codes, file numbers. Excluded from the counts.</summary>
    Number,
    Url,
    Email,

    /// <summary>A word that belongs to a legal citation ("Ley", "art.", "de 1 de octubre"). Excluded from the counts.</summary>
    Citation,

    /// <summary>., !, ?, ;, :, or an ellipsis.</summary>
    Terminator,
    BlockEnd,
}

/// <summary>One piece of the text, by offset into the analysed string (no substrings are made).</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}

public enum BlockKind : byte
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
}

public readonly record struct Block(BlockKind Kind, int Start, int Length);

/// <summary>A Markdown link: its visible text and its target, by offsets.</summary>
public readonly record struct Link(int TextStart, int TextLength, int UrlStart, int UrlLength);
