namespace Portal.Search.Analysis;

/// <summary>
/// Removes the acute accents and the diaeresis from vowels (á é í ó ú ü → a e i o u) and keeps ñ, so that
/// "tramite" finds "trámite" while "ano" never finds "año" (ASCIIFoldingFilter would fold ñ too).
/// </summary>
public static class SpanishFolding
{
    public static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'Á' or 'À' or 'Â' or 'Ä' => 'A',
        'É' or 'È' or 'Ê' or 'Ë' => 'E',
        'Í' or 'Ì' or 'Î' or 'Ï' => 'I',
        'Ó' or 'Ò' or 'Ô' or 'Ö' => 'O',
        'Ú' or 'Ù' or 'Û' or 'Ü' => 'U',
        _ => c,
    };

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });
}
