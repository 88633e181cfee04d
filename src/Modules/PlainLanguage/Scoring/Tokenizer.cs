namespace Portal.PlainLanguage.Scoring;

/// <summary>
/// Splits Markdown-ish web text into blocks (paragraphs, headings, list items, table cells), links and tokens in one
/// forward pass without backtracking. Every block boundary is a sentence end (design note §2).
/// </summary>
internal sealed class Tokenizer(string text, Abbreviations abbreviations, List<Token> tokens, List<Block> blocks, List<Link> links)
{
    /// <summary>Abbreviations are short; longer candidates are not looked up (keeps "a.a.a.a…" linear).</summary>
    private const int MaxAbbreviationLength = 12;

    private int _blockStart = -1;

    /// <summary>A link-target scan that failed found no ")" before this offset; later scans from before it fail too.</summary>
    private int _noTargetBefore = -1;
    private int _blockEnd;
    private BlockKind _blockKind;

    public void Run()
    {
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            Line(lineStart, lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd);
            lineStart = lineEnd + 1;
        }

        CloseBlock();
    }

    private void Line(int start, int end)
    {
        var p = SkipSpaces(start, end);
        while (p < end && text[p] == '>')
        {
            p = SkipSpaces(p + 1, end);
        }

        if (p == end)
        {
            CloseBlock();
            return;
        }

        if (HeadingContent(p, end) is var heading and >= 0)
        {
            CloseBlock();
            OpenBlock(BlockKind.Heading);
            Inline(heading, end);
            CloseBlock();
        }
        else if (ListItemContent(p, end) is var item and >= 0)
        {
            CloseBlock();
            OpenBlock(BlockKind.ListItem);
            Inline(item, end);
        }
        else if (text[p] == '|')
        {
            CloseBlock();
            TableRow(p, end);
        }
        else
        {
            if (_blockStart < 0)
            {
                OpenBlock(BlockKind.Paragraph);
            }

            Inline(p, end);
        }
    }

    private int HeadingContent(int p, int end)
    {
        var q = p;
        while (q < end && text[q] == '#')
        {
            q++;
        }

        var level = q - p;
        return level is >= 1 and <= 6 && (q == end || text[q] == ' ') ? SkipSpaces(q, end) : -1;
    }

    private int ListItemContent(int p, int end)
    {
        if (text[p] is '-' or '*' or '+' or '•')
        {
            return p + 1 < end && text[p + 1] == ' ' ? SkipSpaces(p + 1, end) : -1;
        }

        var q = p;
        while (q < end && char.IsAsciiDigit(text[q]) && q - p < 3)
        {
            q++;
        }

        return q > p && q + 1 < end && text[q] is '.' or ')' && text[q + 1] == ' ' ? SkipSpaces(q + 1, end) : -1;
    }

    private void TableRow(int p, int end)
    {
        if (text.AsSpan(p, end - p).IndexOfAnyExcept("|-: \t") < 0)
        {
            // The |---|:---:| line under the header.
            return;
        }

        var cellStart = p + 1;
        for (var i = cellStart; i <= end; i++)
        {
            if (i == end || (text[i] == '|' && text[i - 1] != '\\'))
            {
                var content = SkipSpaces(cellStart, i);
                if (content < i)
                {
                    OpenBlock(BlockKind.TableCell);
                    Inline(content, i);
                    CloseBlock();
                }

                cellStart = i + 1;
            }
        }
    }

    private void OpenBlock(BlockKind kind)
    {
        // Open but still empty: the first inline text sets the real start.
        _blockKind = kind;
        _blockStart = int.MaxValue;
        _blockEnd = -1;
    }

    private void CloseBlock()
    {
        if (_blockStart < 0)
        {
            return;
        }

        if (_blockEnd > _blockStart)
        {
            blocks.Add(new Block(_blockKind, _blockStart, _blockEnd - _blockStart));
            tokens.Add(new Token(TokenKind.BlockEnd, _blockEnd, 0));
        }

        _blockStart = -1;
    }

    /// <summary>The text of a line inside a block: chunks between spaces, with Markdown link targets cut out.</summary>
    private void Inline(int start, int end)
    {
        var trimmedEnd = end;
        while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        if (trimmedEnd <= start)
        {
            return;
        }

        _blockStart = Math.Min(_blockStart, start);
        _blockEnd = trimmedEnd;

        var chunkStart = -1;
        var openBracket = -1;
        for (var i = start; i < trimmedEnd; i++)
        {
            var c = text[i];
            if (c == ']' && i + 1 < trimmedEnd && text[i + 1] == '(' && openBracket >= 0 && LinkTargetEnd(i + 2, trimmedEnd) is var close and >= 0)
            {
                Chunk(chunkStart, i);
                chunkStart = -1;
                links.Add(new Link(openBracket + 1, i - openBracket - 1, i + 2, close - i - 2));
                openBracket = -1;
                i = close;
            }
            else if (char.IsWhiteSpace(c) || c == '[')
            {
                Chunk(chunkStart, i);
                chunkStart = -1;
                if (c == '[')
                {
                    openBracket = i;
                }
            }
            else if (chunkStart < 0)
            {
                chunkStart = i;
            }
        }

        Chunk(chunkStart, trimmedEnd);
    }

    private int LinkTargetEnd(int start, int end)
    {
        if (start < _noTargetBefore)
        {
            return -1;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] == ')')
            {
                return i;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                _noTargetBefore = i;
                return -1;
            }
        }

        _noTargetBefore = end;
        return -1;
    }

    private void Chunk(int start, int end)
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        var coreStart = start;
        while (coreStart < end && !char.IsLetterOrDigit(text[coreStart]))
        {
            coreStart++;
        }

        var coreEnd = end;
        while (coreEnd > coreStart && !char.IsLetterOrDigit(text[coreEnd - 1]) && text[coreEnd - 1] != '/')
        {
            coreEnd--;
        }

        var core = text.AsSpan(coreStart, coreEnd - coreStart);
        var excluded = Classify(core);
        if (excluded is null)
        {
            Words(start, end, coreStart);
            return;
        }

        Terminators(start, coreStart);
        tokens.Add(new Token(excluded.Value, coreStart, coreEnd - coreStart));
        Terminators(coreEnd, end);
    }

    private static TokenKind? Classify(ReadOnlySpan<char> core)
    {
        if (core.Contains("://", StringComparison.Ordinal) || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return TokenKind.Url;
        }

        var at = core.IndexOf('@');
        if (at > 0 && core[at..].Contains('.'))
        {
            return TokenKind.Email;
        }

        return core.IndexOfAnyInRange('0', '9') >= 0 ? TokenKind.Number : null;
    }

    private void Words(int start, int end, int coreStart)
    {
        var wordStart = -1;
        var lastWordStart = -1;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? text[i] : ' ';
            if (SpanishLetters.IsWordLetter(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                continue;
            }

            if (wordStart >= 0)
            {
                tokens.Add(new Token(TokenKind.Word, wordStart, i - wordStart));
                lastWordStart = wordStart;
                wordStart = -1;
            }

            if (i < end && IsTerminator(c) && !(c == '.' && IsAbbreviation(coreStart, lastWordStart, i)))
            {
                tokens.Add(new Token(TokenKind.Terminator, i, 1));
            }
        }
    }

    private bool IsAbbreviation(int coreStart, int lastWordStart, int dot) =>
        IsAbbreviation(coreStart, dot) || (lastWordStart >= 0 && IsAbbreviation(lastWordStart, dot));

    private bool IsAbbreviation(int start, int dot) =>
        start < dot && dot + 1 - start <= MaxAbbreviationLength && abbreviations.Contains(text.AsSpan(start, dot + 1 - start));

    private void Terminators(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsTerminator(text[i]))
            {
                tokens.Add(new Token(TokenKind.Terminator, i, 1));
            }
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or ';' or ':' or '…';

    private int SkipSpaces(int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }
}
