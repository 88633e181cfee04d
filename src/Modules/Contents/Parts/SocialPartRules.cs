using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using static Portal.Contents.Parts.PartFields;

namespace Portal.Contents.Parts;

public sealed partial class SocialPartRules(IStringLocalizer<ContentsResources> S)
{
    public IEnumerable<ContentError> Errors(SocialPart part, string prefix)
    {
        foreach (var (network, texts) in part.Networks)
        {
            var field = Field(prefix, $"Networks.{network}");
            if (!SocialNetworks.All.Contains(network, StringComparer.Ordinal))
            {
                yield return new(field, S["Part_SocialNetworkUnknown", network, string.Join(", ", SocialNetworks.All)]);
                continue;
            }

            foreach (var hashtag in texts.Hashtags.Where(h => !HashtagPattern().IsMatch(h)))
            {
                yield return new(field + "." + nameof(SocialTexts.Hashtags), S["Part_HashtagInvalid", hashtag]);
            }
        }
    }

    /// <summary>Letters, digits and underscores, as the networks link them; the "#" is added when shown.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}_]+$")]
    private static partial Regex HashtagPattern();
}
