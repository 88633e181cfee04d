using System.ComponentModel.DataAnnotations;

namespace Portal.PlainLanguage.Api;

/// <summary>The editor's texts, by field name ("title", "summary", "body"...), in the order the page shows them.</summary>
public sealed class AnalyzeRequest
{
    [Required(ErrorMessage = "Validation_FieldsRequired")]
    [MinLength(1, ErrorMessage = "Validation_FieldsRequired")]
    public Dictionary<string, string?>? Fields { get; init; }

    /// <summary>"es" (the default) runs every check; other languages get only length and link checks.</summary>
    public string? Language { get; init; }

    /// <summary>Whether low scores are warned on (trámites, infographic text) or only shown; true by default.</summary>
    public bool? WarnOnScores { get; init; }
}
