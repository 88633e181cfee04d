namespace Portal.PlainLanguage.Scoring;

/// <summary>A counted word: offsets into the text, its syllables and the sentence it belongs to.</summary>
public readonly record struct Word(int Start, int Length, int Syllables, int Sentence)
{
    public int End => Start + Length;
}

/// <summary>A sentence: its span in the text (from its first token to its end mark) and its counted words.</summary>
public readonly record struct Sentence(int Start, int Length, int FirstWord, int WordCount);

/// <summary>
/// Everything the rule checks need about one text: the text and its folded twin (same offsets), counted words,
/// sentences, blocks, links, the excluded tokens (URLs) and the counts. Built once by <see cref="TextAnalyzer"/>.
/// </summary>
public sealed class TextAnalysis
{
    internal TextAnalysis(string text, string folded, Word[] words, Sentence[] sentences, Block[] blocks, Link[] links, Token[] urls, TextCounts counts)
    {
        Text = text;
        Folded = folded;
        Words = words;
        Sentences = sentences;
        Blocks = blocks;
        Links = links;
        Urls = urls;
        Counts = counts;
    }

    public string Text { get; }

    /// <summary>Lower case, without accents; ñ kept. Same length as <see cref="Text"/>.</summary>
    public string Folded { get; }

    public IReadOnlyList<Word> Words { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Block> Blocks { get; }

    public IReadOnlyList<Link> Links { get; }

    /// <summary>URLs written in the running text (not link targets).</summary>
    public IReadOnlyList<Token> Urls { get; }

    public TextCounts Counts { get; }

    public ReadOnlySpan<char> WordText(int index) => Text.AsSpan(Words[index].Start, Words[index].Length);

    public ReadOnlySpan<char> FoldedWord(int index) => Folded.AsSpan(Words[index].Start, Words[index].Length);
}
