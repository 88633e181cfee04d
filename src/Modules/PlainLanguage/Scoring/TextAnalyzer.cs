namespace Portal.PlainLanguage.Scoring;

/// <summary>
/// Turns Spanish web text into counted words and sentences (design note §2–§3). Pure and thread-safe: one forward
/// pass over the text, no regular expressions, no substring per word.
/// </summary>
public sealed class TextAnalyzer(Abbreviations abbreviations)
{
    public static TextAnalyzer Default { get; } = new(Abbreviations.Default);

    public TextAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = SpanishLetters.Fold(text);
        var tokens = new List<Token>(text.Length / 5);
        var blocks = new List<Block>();
        var links = new List<Link>();
        new Tokenizer(text, abbreviations, tokens, blocks, links).Run();
        Citations.Mark(folded, tokens);

        var words = new List<Word>(tokens.Count);
        var sentences = new List<Sentence>();
        var urls = new List<Token>();
        int syllables = 0, letters = 0;
        long letterSquares = 0;
        int sentenceStart = -1, sentenceEnd = 0, firstWord = 0;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Terminator or TokenKind.BlockEnd:
                    if (token.Kind == TokenKind.Terminator && sentenceStart >= 0)
                    {
                        sentenceEnd = token.End;
                    }
                    else if (token.Kind == TokenKind.Terminator && sentences.Count > 0 && sentences[^1].Start + sentences[^1].Length == token.Start)
                    {
                        // "...", "?!": the marks after the first belong to the same end.
                        sentences[^1] = sentences[^1] with { Length = sentences[^1].Length + 1 };
                    }

                    CloseSentence();
                    break;
                case TokenKind.Word:
                    Open(token);
                    var count = Syllables.Count(text.AsSpan(token.Start, token.Length));
                    words.Add(new Word(token.Start, token.Length, count, sentences.Count));
                    syllables += count;
                    letters += token.Length;
                    letterSquares += (long)token.Length * token.Length;
                    break;
                default:
                    if (token.Kind == TokenKind.Url)
                    {
                        urls.Add(token);
                    }

                    Open(token);
                    break;
            }
        }

        CloseSentence();
        var counts = new TextCounts(words.Count, syllables, sentences.Count, letters, letterSquares);
        return new TextAnalysis(text, folded, [.. words], [.. sentences], [.. blocks], [.. links], [.. urls], counts);

        void Open(Token token)
        {
            if (sentenceStart < 0)
            {
                sentenceStart = OpeningMarks(token.Start);
                firstWord = words.Count;
            }

            sentenceEnd = token.End;
        }

        // "¿", "¡", brackets and quotes before the first word belong to the sentence.
        int OpeningMarks(int start)
        {
            while (start > 0 && text[start - 1] is '¿' or '¡' or '(' or '«' or '"' or '“' or '[' or '*' or '_')
            {
                start--;
            }

            return start;
        }

        // A sentence without counted words (a lone number, a URL) is not a sentence for the formulas.
        void CloseSentence()
        {
            if (sentenceStart >= 0 && words.Count > firstWord)
            {
                sentences.Add(new Sentence(sentenceStart, sentenceEnd - sentenceStart, firstWord, words.Count - firstWord));
            }

            sentenceStart = -1;
        }
    }
}
