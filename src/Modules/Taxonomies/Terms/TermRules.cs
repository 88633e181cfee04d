using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Portal.Taxonomies.Terms;

/// <summary>The checks a term passes whether it comes from the admin or from a recipe.</summary>
public sealed partial class TermRules(IStringLocalizer<TaxonomiesResources> S)
{
    public IEnumerable<TermError> Check(TermInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Slug))
        {
            yield return new(nameof(TermInput.Slug), S["Term_SlugRequired"]);
        }
        else if (input.Slug.Length > Term.SlugLength || !SlugPattern().IsMatch(input.Slug))
        {
            yield return new(nameof(TermInput.Slug), S["Term_SlugInvalid", Term.SlugLength]);
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            yield return new(nameof(TermInput.Name), S["Term_NameRequired"]);
        }
        else if (input.Name.Trim().Length > Term.NameLength)
        {
            yield return new(nameof(TermInput.Name), S["Term_NameTooLong", Term.NameLength]);
        }

        if (input.Description?.Trim().Length > Term.DescriptionLength)
        {
            yield return new(nameof(TermInput.Description), S["Term_DescriptionTooLong", Term.DescriptionLength]);
        }

        if (input.SiaCode?.Trim().Length > Term.SiaCodeLength)
        {
            yield return new(nameof(TermInput.SiaCode), S["Term_SiaCodeTooLong", Term.SiaCodeLength]);
        }
    }

    public static TermInput Normalize(TermInput input) => new(
        input.Slug.Trim(),
        input.Name.Trim(),
        string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
        string.IsNullOrWhiteSpace(input.SiaCode) ? null : input.SiaCode.Trim());

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
