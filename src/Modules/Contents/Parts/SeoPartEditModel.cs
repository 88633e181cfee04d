using System.ComponentModel.DataAnnotations;

namespace Portal.Contents.Parts;

/// <summary>The SEO part as its form posts it; a type's edit model holds one as <c>Seo</c>.</summary>
public sealed class SeoPartEditModel
{
    [StringLength(200, ErrorMessage = "Part_MetaTitleMaxLength")]
    public string? MetaTitle { get; set; }

    [StringLength(500, ErrorMessage = "Part_MetaDescriptionMaxLength")]
    public string? MetaDescription { get; set; }

    public bool NoIndex { get; set; }

    [StringLength(1000, ErrorMessage = "Part_CanonicalInvalid")]
    public string? CanonicalUrl { get; set; }

    public static SeoPartEditModel From(SeoPart part) => new()
    {
        MetaTitle = part.MetaTitle,
        MetaDescription = part.MetaDescription,
        NoIndex = part.NoIndex,
        CanonicalUrl = part.CanonicalUrl,
    };

    public SeoPart ToPart() => new()
    {
        MetaTitle = Optional(MetaTitle),
        MetaDescription = Optional(MetaDescription),
        NoIndex = NoIndex,
        CanonicalUrl = Optional(CanonicalUrl),
    };

    /// <summary>Whether anything differs from the defaults, so the form opens the section.</summary>
    public bool HasValues => ToPart() is { MetaTitle: not null } or { MetaDescription: not null } or { NoIndex: true } or { CanonicalUrl: not null };

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
