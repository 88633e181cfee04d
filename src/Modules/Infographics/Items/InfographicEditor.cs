using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Infographics.Data;

namespace Portal.Infographics.Items;

internal sealed class InfographicEditor(IStringLocalizer<InfographicsResources> S) : CitizenContentEditor<Infographic, InfographicEditModel>
{
    public override string ContentType => Infographic.TypeName;

    public override string EditorView => "/Views/Infographics/InfographicEditor.cshtml";

    protected override InfographicEditModel BuildTypeEditModel(Infographic model) => new()
    {
        Image = model.Image ?? new(),
        MobileImage = model.MobileImage ?? new(),
        TextVersion = model.TextVersion,
        ShowsFigures = model.ShowsFigures,
        SourceDataCaption = model.SourceDataCaption,
        SourceData = CsvTable.Write(model.SourceData),
        ImageTextLanguage = model.ImageTextLanguage,
        AccessiblePdf = model.AccessiblePdf,
        RelatedTramite = model.RelatedTramite,
        ValidUntil = model.ValidUntil,
        Credits = model.Credits,
        Licence = model.Licence,
    };

    /// <summary>The CSV must read as a table; its error names the line, and the text stays in the form as typed.</summary>
    protected override void Validate(InfographicEditModel edit, ModelStateDictionary modelState, string prefix)
    {
        if (string.IsNullOrWhiteSpace(edit.SourceData))
        {
            return;
        }

        var (_, error) = CsvTable.Parse(edit.SourceData);
        if (error is not null)
        {
            modelState.AddModelError(prefix + "." + nameof(InfographicEditModel.SourceData), S[InfographicsTexts.CsvProblem[error.Problem], error.Line, error.Found, error.Expected]);
        }
    }

    protected override Infographic ApplyType(InfographicEditModel edit, Infographic model) => new()
    {
        Image = edit.Image.Posted(),
        MobileImage = edit.MobileImage.Posted(),
        TextVersion = edit.TextVersion ?? "",
        ShowsFigures = edit.ShowsFigures,
        SourceDataCaption = string.IsNullOrWhiteSpace(edit.SourceDataCaption) ? null : edit.SourceDataCaption.Trim(),
        SourceData = string.IsNullOrWhiteSpace(edit.SourceData) ? new() : CsvTable.Parse(edit.SourceData).Table ?? new(),
        ImageTextLanguage = string.IsNullOrWhiteSpace(edit.ImageTextLanguage) ? "es" : edit.ImageTextLanguage.Trim(),
        AccessiblePdf = string.IsNullOrWhiteSpace(edit.AccessiblePdf) ? null : edit.AccessiblePdf.Trim(),
        RelatedTramite = string.IsNullOrWhiteSpace(edit.RelatedTramite) ? null : edit.RelatedTramite.Trim(),
        ValidUntil = edit.ValidUntil,
        Credits = edit.Credits?.Trim() ?? "",
        Licence = string.IsNullOrWhiteSpace(edit.Licence) ? Infographic.DefaultLicence : edit.Licence.Trim(),
    };

    protected override IEnumerable<ContentError> Warnings(InfographicEditModel edit)
    {
        if (!edit.ShowsFigures && !string.IsNullOrWhiteSpace(edit.TextVersion) && edit.TextVersion.Any(char.IsAsciiDigit) && string.IsNullOrWhiteSpace(edit.SourceData))
        {
            yield return new(nameof(InfographicEditModel.SourceData), S["Info_FiguresWithoutData"]);
        }
    }
}
