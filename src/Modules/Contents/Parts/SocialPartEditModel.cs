using System.ComponentModel.DataAnnotations;

namespace Portal.Contents.Parts;

/// <summary>
/// The social part as its form posts it: one row per network in <see cref="SocialNetworks.All"/>'s order, so a
/// part error on "Networks.{network}.Hashtags" maps to a row by position.
/// </summary>
public sealed class SocialPartEditModel
{
    public List<SocialNetworkEditModel> Networks { get; set; } = [];

    public static SocialPartEditModel From(SocialPart part) => new()
    {
        Networks = [.. SocialNetworks.All.Select(network => part.Networks.TryGetValue(network, out var texts)
            ? new SocialNetworkEditModel { Network = network, Title = texts.Title, Description = texts.Description, Hashtags = string.Join(' ', texts.Hashtags.Select(h => "#" + h)) }
            : new SocialNetworkEditModel { Network = network })],
    };

    /// <summary>Only networks with some text; a network left empty uses the SEO and common texts.</summary>
    public SocialPart ToPart()
    {
        var part = new SocialPart();
        foreach (var row in Networks.Where(r => !string.IsNullOrWhiteSpace(r.Network)))
        {
            var texts = new SocialTexts
            {
                Title = Optional(row.Title),
                Description = Optional(row.Description),
                Hashtags = [.. (row.Hashtags ?? "").Split([' ', ',', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(h => h.TrimStart('#')).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal)],
            };
            if (texts.Title is not null || texts.Description is not null || texts.Hashtags.Count > 0)
            {
                part.Networks[row.Network!.Trim()] = texts;
            }
        }

        return part;
    }

    /// <summary>Whether any network has text, so the form opens the section.</summary>
    public bool HasValues => ToPart().Networks.Count > 0;

    /// <summary>The edit field where an error of the part's field shows ("Networks.x.Hashtags" → "Networks[1].Hashtags").</summary>
    public static string EditFieldFor(string partField)
    {
        var parts = partField.Split('.');
        if (parts.Length < 2 || parts[0] != nameof(SocialPart.Networks))
        {
            return partField;
        }

        var index = SocialNetworks.All.ToList().IndexOf(parts[1]);
        if (index < 0)
        {
            return nameof(Networks);
        }

        return parts.Length > 2 ? $"{nameof(Networks)}[{index}].{parts[2]}" : $"{nameof(Networks)}[{index}]";
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class SocialNetworkEditModel
{
    /// <summary>A <see cref="SocialNetworks"/> id; any other is refused by <see cref="SocialPartRules"/>.</summary>
    public string? Network { get; set; }

    [StringLength(200, ErrorMessage = "Part_MetaTitleMaxLength")]
    public string? Title { get; set; }

    [StringLength(500, ErrorMessage = "Part_MetaDescriptionMaxLength")]
    public string? Description { get; set; }

    /// <summary>Separated by spaces or commas, with or without "#".</summary>
    [StringLength(500, ErrorMessage = "Part_HashtagsMaxLength")]
    public string? Hashtags { get; set; }
}
