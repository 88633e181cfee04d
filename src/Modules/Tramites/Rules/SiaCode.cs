using System.Text.RegularExpressions;

namespace Portal.Tramites.Rules;

/// <summary>
/// The code of a procedure in the SIA inventory (Sistema de Información Administrativa, RD 4/2010 art. 9), e.g.
/// "2690557". Checked: the form only — six or seven digits, as SIA assigns them, with spaces typed around it
/// removed. Not checked: that the code exists in SIA, is active, or belongs to this administration; that needs the
/// SIA web service, which a save must not call. SIA codes carry no check digit, so a mistyped digit passes.
/// </summary>
public static partial class SiaCode
{
    public static string Normalize(string? code) => (code ?? "").Trim();

    public static bool IsValid(string? code) => Pattern().IsMatch(Normalize(code));

    [GeneratedRegex("^[0-9]{6,7}$")]
    private static partial Regex Pattern();
}
