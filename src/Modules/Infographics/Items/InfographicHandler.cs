using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Picker;

namespace Portal.Infographics.Items;

/// <summary>
/// An infographic's own rules, whoever saves it: image with real alt text, text version, source data when it shows
/// figures, related trámite and credits to publish; media, language, table shape and links always checked.
/// </summary>
internal sealed partial class InfographicHandler(MediaReferenceValidator media, IUnitOfWork unitOfWork, IStringLocalizer<InfographicsResources> S) : IContentHandler
{
    private static readonly IReadOnlyList<MediaKind> ImageKinds = MediaKindList.Parse("Images");

    /// <summary>Alt text that only names the format tells a screen reader user nothing.</summary>
    private static readonly string[] EmptyAltOpenings = ["infografía", "infografia", "imagen de"];

    public async Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is not Infographic info)
        {
            return;
        }

        await ValidateImagesAsync(context, info);

        if (context.Publishing && string.IsNullOrWhiteSpace(info.TextVersion))
        {
            context.AddError(nameof(Infographic.TextVersion), S["Info_TextVersionRequired"]);
        }

        if (context.Publishing && info.ShowsFigures && info.SourceData.IsEmpty)
        {
            context.AddError(nameof(Infographic.SourceData), S["Info_SourceDataRequired"]);
        }

        var width = info.SourceData.Columns.Count;
        if (info.SourceData.Rows.Select((row, i) => (row, i)).FirstOrDefault(r => r.row.Count != width) is { row: not null } bad)
        {
            context.AddError(nameof(Infographic.SourceData), S["Info_Csv_WrongColumnCount", bad.i + 2, bad.row.Count, width]);
        }

        if (!LanguagePattern().IsMatch(info.ImageTextLanguage))
        {
            context.AddError(nameof(Infographic.ImageTextLanguage), S["Info_LanguageInvalid"]);
        }

        if (context.Publishing && string.IsNullOrWhiteSpace(info.RelatedTramite))
        {
            context.AddError(nameof(Infographic.RelatedTramite), S["Info_TramiteRequired"]);
        }
        else if (info.RelatedTramite is { } tramite && (await unitOfWork.WrongLinksAsync([tramite], Infographic.TramiteType, CancellationToken.None)).Count > 0)
        {
            context.AddError(nameof(Infographic.RelatedTramite), S["Info_TramiteWrong", tramite]);
        }

        if (context.Publishing && string.IsNullOrWhiteSpace(info.Credits))
        {
            context.AddError(nameof(Infographic.Credits), S["Info_CreditsRequired"]);
        }

        if (string.IsNullOrWhiteSpace(info.Licence))
        {
            context.AddError(nameof(Infographic.Licence), S["Info_LicenceRequired"]);
        }
    }

    private async Task ValidateImagesAsync(ValidatingContentContext context, Infographic info)
    {
        foreach (var error in await media.ValidateAsync(info.Image, S["Info_Image"], ImageKinds, required: context.Publishing))
        {
            context.AddError(nameof(Infographic.Image), error);
        }

        if (info.Image is { IsEmpty: false } image)
        {
            var alt = image.Alt?.Trim() ?? "";
            if (image.Decorative)
            {
                context.AddError(nameof(Infographic.Image), S["Info_NotDecorative"]);
            }
            else if (alt.Length > Infographic.AltMaxLength)
            {
                context.AddError(nameof(Infographic.Image), S["Info_AltTooLong", alt.Length, Infographic.AltMaxLength]);
            }
            else if (EmptyAltOpenings.Any(o => alt.StartsWith(o, StringComparison.CurrentCultureIgnoreCase)))
            {
                context.AddError(nameof(Infographic.Image), S["Info_AltNamesFormat"]);
            }
        }

        foreach (var error in await media.ValidateAsync(info.MobileImage, S["Info_MobileImage"], ImageKinds, required: false))
        {
            context.AddError(nameof(Infographic.MobileImage), error);
        }

        foreach (var error in await media.ValidateAssetAsync(info.AccessiblePdf, S["Info_Pdf"], [MediaKind.Pdf], required: false))
        {
            context.AddError(nameof(Infographic.AccessiblePdf), error);
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
