using System.Globalization;
using System.Text;
using Portal.Contents.PageType;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Media.Sharing;
using Portal.Taxonomies.Terms;

namespace Portal.Syndication.Messages;

/// <summary>Builds the template model of a published item: citizen content, a page, or any type by its display text.</summary>
public sealed class MessageSource(ITaxonomyStore taxonomies, SharedImages images)
{
    public async Task<SyndicationMessage> BuildAsync(ContentItem item, object model, CancellationToken cancellationToken) =>
        await TextsAsync(item, model, cancellationToken) with { Image = await images.FindAsync(model, cancellationToken) };

    private async Task<SyndicationMessage> TextsAsync(ContentItem item, object model, CancellationToken cancellationToken)
    {
        switch (model)
        {
            case ICitizenContent citizen:
                var terms = await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken);
                var hashtags = citizen.Common.Topics
                    .Select(slug => terms.FirstOrDefault(t => t.Slug == slug)?.Name)
                    .OfType<string>().Select(Hashtag).Where(h => h.Length > 1).ToList();
                var message = new SyndicationMessage(item.ContentType, citizen.Common.Title, citizen.Common.Summary, hashtags);
                return message with
                {
                    PerNetwork = citizen.Social.Networks.ToDictionary(
                        n => n.Key,
                        n => message with
                        {
                            Title = Or(n.Value.Title, message.Title),
                            Summary = Or(n.Value.Description, message.Summary),
                            Hashtags = n.Value.Hashtags.Count > 0 ? [.. n.Value.Hashtags.Select(Hashtag)] : hashtags,
                        }),
                };
            case PageContent page:
                return new SyndicationMessage(item.ContentType, page.Title, page.Summary, []);
            default:
                return new SyndicationMessage(item.ContentType, item.DisplayText, "", []);
        }
    }

    /// <summary>"Padrón y censo" becomes "#PadrónYCenso": accents kept, words joined, each capitalised.</summary>
    public static string Hashtag(string name)
    {
        var builder = new StringBuilder("#");
        var startOfWord = true;
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpper(c, Spanish) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
