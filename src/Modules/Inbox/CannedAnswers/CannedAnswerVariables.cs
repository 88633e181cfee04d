using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Inbox.CannedAnswers;

/// <summary>What a canned answer's variables stand for in one request.</summary>
public sealed record AnswerValues(string Reference, string? Name, DateTime? DueUtc, string StatusUrl, string? GuideTitle, string? GuideUrl);

/// <summary>The variables a canned answer may use, and how they read once filled in for a request.</summary>
public static partial class CannedAnswerVariables
{
    public const string Reference = "referencia";
    public const string Name = "nombre";
    public const string DueDate = "fecha_respuesta";
    public const string StatusLink = "enlace_estado";
    public const string Guide = "tramite";

    public static IReadOnlyList<string> All { get; } = [Reference, Name, DueDate, StatusLink, Guide];

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    /// <summary>The names between braces that are not variables, in the order written.</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        [.. Pattern().Matches(text).Select(m => m.Groups[1].Value).Where(v => !All.Contains(v)).Distinct()];

    /// <summary>The text with every variable replaced; one without a value (a person with no name) reads naturally without it.</summary>
    public static string Fill(string text, AnswerValues values) =>
        Pattern().Replace(text, m => m.Groups[1].Value switch
        {
            Reference => values.Reference,
            Name => values.Name ?? "",
            DueDate => values.DueUtc is { } due ? Requests.Madrid.ToLocal(due).ToString("d 'de' MMMM 'de' yyyy", Spanish) : "",
            StatusLink => values.StatusUrl,
            Guide => values.GuideTitle is null ? "" : values.GuideUrl is null ? values.GuideTitle : $"{values.GuideTitle} ({values.GuideUrl})",
            _ => m.Value,
        });

    [GeneratedRegex(@"\{([^{}\s]{1,40})\}")]
    private static partial Regex Pattern();
}
