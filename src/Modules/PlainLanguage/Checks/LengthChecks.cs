using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>Sentence, paragraph, title and summary length.</summary>
internal static class LengthChecks
{
    public static void Sentences(TextAnalysis text, PlainLanguageOptions options, List<Finding> findings)
    {
        foreach (var sentence in text.Sentences)
        {
            if (sentence.WordCount > options.LongSentenceWords)
            {
                findings.Add(new Finding(FindingCodes.LongSentence, FindingSeverity.Warning, sentence.Start, sentence.Length, [sentence.WordCount]));
            }
            else if (sentence.WordCount > options.LongSentenceHintWords)
            {
                findings.Add(new Finding(FindingCodes.LongSentence, FindingSeverity.Hint, sentence.Start, sentence.Length, [sentence.WordCount]));
            }
        }
    }

    public static void Paragraphs(TextAnalysis text, int maximumCharacters, List<Finding> findings)
    {
        foreach (var block in text.Blocks)
        {
            if (block.Length > maximumCharacters && block.Kind is BlockKind.Paragraph or BlockKind.ListItem)
            {
                findings.Add(new Finding(FindingCodes.LongParagraph, FindingSeverity.Warning, block.Start, block.Length, [block.Length]));
            }
        }
    }

    /// <summary>The part beyond the limit is the span, so the editor sees where to cut.</summary>
    public static void Overall(string text, int maximumCharacters, string code, List<Finding> findings)
    {
        var length = text.TrimEnd().Length;
        if (length > maximumCharacters)
        {
            findings.Add(new Finding(code, FindingSeverity.Warning, maximumCharacters, length - maximumCharacters, [length, maximumCharacters]));
        }
    }
}
