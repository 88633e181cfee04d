using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Search.Analysis;

/// <summary>The token filter form of <see cref="SpanishFolding"/>; it changes characters in place, never the length.</summary>
public sealed class VowelAccentFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public VowelAccentFoldingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = SpanishFolding.Fold(buffer[i]);
        }

        return true;
    }
}
