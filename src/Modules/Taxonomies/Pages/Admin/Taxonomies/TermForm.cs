using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

/// <summary>The term fields of the create and edit forms; the full rules run in <see cref="TermAdministration"/>.</summary>
public sealed class TermForm
{
    [Required(ErrorMessage = "Term_SlugRequired")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Term_NameRequired")]
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? SiaCode { get; set; }

    public TermInput ToInput() => new(Slug, Name, Description, SiaCode);

    public static TermForm From(TaxonomyTerm term) => new() { Slug = term.Slug, Name = term.Name, Description = term.Description, SiaCode = term.SiaCode };
}

internal static class TermErrors
{
    /// <summary>Shows the administration's refusals next to the fields they concern.</summary>
    public static void AddTermErrors(this ModelStateDictionary modelState, TermResult result, string prefix)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", error.Message);
        }
    }
}
