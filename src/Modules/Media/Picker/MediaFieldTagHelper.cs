using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Media.Admin;
using Portal.Media.Assets;
using Portal.Media.Images;
using Portal.Media.Library;

namespace Portal.Media.Picker;

/// <summary>
/// The media picker of editor forms: <c>&lt;media-field for="Edit.Image" kinds="Images" alt="true" label="@S["Image"]" /&gt;</c>
/// (add <c>@addTagHelper *, Portal.Media</c> to the module's _ViewImports).
/// <para>
/// <c>for</c> is a <see cref="MediaReference"/> (fields <c>.AssetId</c>, and with <c>alt="true"</c> also <c>.Alt</c> and
/// <c>.Decorative</c>) or a plain <c>string</c> holding the asset id (a video, its captions, a PDF). <c>kinds</c> lists
/// groups or kinds as <see cref="MediaKindList"/> reads them. It renders a fieldset with the id input (which alone
/// works without JavaScript), a preview of the current asset, the alt text (prefilled with the library's default)
/// and a "decorative" checkbox; media-picker.js adds the "Elegir de la biblioteca" button and its dialog (search,
/// type filter, paging, and uploading a new file when the user may), fed by <see cref="MediaPickerController"/>.
/// Errors in ModelState under the field's name, <c>.AssetId</c> or <c>.Alt</c> are shown inside the fieldset.
/// </para>
/// </summary>
[HtmlTargetElement("media-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaFieldTagHelper(IMediaLibrary library, MediaUrls urls, IAuthorizationService authorization, IStringLocalizer<MediaResources> S) : TagHelper
{
    private static readonly object AssetsWritten = new();
    private readonly HtmlEncoder _html = HtmlEncoder.Default;

    [HtmlAttributeName("for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    public string? Kinds { get; set; }

    /// <summary>Asks for alt text (and offers "decorative"); needs a <see cref="MediaReference"/>.</summary>
    public bool Alt { get; set; }

    /// <summary>The legend; by default the property's display name.</summary>
    public string? Label { get; set; }

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var kinds = MediaKindList.Parse(Kinds);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var reference = For.Model as MediaReference;
        if (For.Metadata.ModelType != typeof(MediaReference) && For.Metadata.ModelType != typeof(string))
        {
            throw new InvalidOperationException($"<media-field for=\"{For.Name}\"> needs a MediaReference or a string, not {For.Metadata.ModelType.Name}.");
        }

        var withAlt = Alt && For.Metadata.ModelType == typeof(MediaReference);
        var idName = reference is not null || For.Metadata.ModelType == typeof(MediaReference) ? name + "." + nameof(MediaReference.AssetId) : name;
        var assetId = (reference?.AssetId ?? For.Model as string)?.Trim();
        var asset = string.IsNullOrEmpty(assetId) ? null : await library.GetAsync(assetId, ViewContext.HttpContext.RequestAborted);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var canUpload = await authorization.HasPermissionAsync(ViewContext.HttpContext.User, Permissions.ManageMedia);

        var idErrors = Errors(name).Concat(Errors(idName)).Distinct().ToList();
        var altErrors = withAlt ? Errors(name + "." + nameof(MediaReference.Alt)).ToList() : [];

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "media-field");
        output.Attributes.SetAttribute("data-media-field", "");
        output.Attributes.SetAttribute("data-endpoint", MediaPickerController.Address);
        output.Attributes.SetAttribute("data-kinds", MediaKindList.Format(kinds));
        output.Attributes.SetAttribute("data-open-text", S["Picker_Open"].Value);
        output.Attributes.SetAttribute("data-none-text", S["Picker_None"].Value);
        var html = new StringBuilder();
        html.Append("<legend>").Append(E(Label ?? For.Metadata.GetDisplayName())).Append("</legend>");
        if (Hint is not null)
        {
            html.Append($"<p class=\"hint\" id=\"{id}-hint\">{E(Hint)}</p>");
        }

        html.Append($"<div class=\"media-field-preview\" data-media-preview aria-live=\"polite\">{Preview(asset, assetId)}</div>");

        // The asset id: the field that works without JavaScript.
        html.Append("<div class=\"field\">");
        html.Append($"<label for=\"{id}-asset\">{E(S["Picker_AssetId"])}</label>");
        html.Append($"<p class=\"hint\" id=\"{id}-asset-hint\">{E(S["Picker_AssetIdHint", Describe(kinds)])}</p>");
        AppendErrors(html, $"{id}-asset-error", idErrors);
        var describedBy = $"{(Hint is null ? "" : id + "-hint ")}{id}-asset-hint{(idErrors.Count > 0 ? $" {id}-asset-error" : "")}";
        html.Append($"<input type=\"text\" id=\"{id}-asset\" name=\"{E(idName)}\" value=\"{E(assetId ?? "")}\" class=\"media-field-id\" spellcheck=\"false\" autocomplete=\"off\" aria-describedby=\"{describedBy}\"{(idErrors.Count > 0 ? " aria-invalid=\"true\"" : "")} data-media-id>");
        html.Append("</div>");

        if (withAlt)
        {
            var alt = reference?.Alt ?? (reference?.Decorative == true ? null : asset?.AltText);
            var altName = name + "." + nameof(MediaReference.Alt);
            var decorativeName = name + "." + nameof(MediaReference.Decorative);
            html.Append("<div class=\"field\">");
            html.Append($"<label for=\"{id}-alt\">{E(S["Picker_Alt"])}</label>");
            html.Append($"<p class=\"hint\" id=\"{id}-alt-hint\">{E(S["Picker_AltHint"])}</p>");
            AppendErrors(html, $"{id}-alt-error", altErrors);
            html.Append($"<textarea id=\"{id}-alt\" name=\"{E(altName)}\" rows=\"2\" maxlength=\"{MediaAsset.TextLength}\" aria-describedby=\"{id}-alt-hint{(altErrors.Count > 0 ? $" {id}-alt-error" : "")}\"{(altErrors.Count > 0 ? " aria-invalid=\"true\"" : "")} data-media-alt data-default=\"{E(asset?.AltText ?? "")}\">{E(alt ?? "")}</textarea>");
            html.Append("</div>");
            html.Append("<div class=\"field checkbox\">");
            html.Append($"<input type=\"checkbox\" id=\"{id}-decorative\" name=\"{E(decorativeName)}\" value=\"true\"{(reference?.Decorative == true ? " checked" : "")} data-media-decorative>");
            html.Append($"<label for=\"{id}-decorative\">{E(S["Picker_Decorative"])}</label>");
            html.Append($"<input type=\"hidden\" name=\"{E(decorativeName)}\" value=\"false\">");
            html.Append("</div>");
        }

        AppendDialog(html, id, kinds, canUpload);
        AppendAssetsOnce(html);
        output.Content.SetHtmlContent(html.ToString());
    }

    private string Preview(MediaAsset? asset, string? assetId)
    {
        if (string.IsNullOrEmpty(assetId))
        {
            return $"<p class=\"hint\">{E(S["Picker_None"])}</p>";
        }

        if (asset is null)
        {
            return $"<p class=\"field-error\">{E(S["Picker_Missing", assetId])}</p>";
        }

        var image = asset.Kind.IsRaster() ? urls.Variant(asset, new ImageVariant(urls.Widths.Min(), VariantFormat.WebP))
            : asset.Kind == MediaKind.Svg ? MediaUrls.Original(asset)
            : null;
        var picture = image is null ? "" : $"<img class=\"media-field-thumb\" src=\"{E(image)}\" alt=\"\">";
        return $"{picture}<p><a href=\"{E(Pages.Admin.Media.DetailModel.DetailUrl(asset.Id))}\">{E(asset.FileName)}</a> <span class=\"hint\">({E(S[MediaTexts.Kind[asset.Kind]])})</span></p>";
    }

    /// <summary>The dialog's markup; its controls have no names, so they never post with the editor's form.</summary>
    private void AppendDialog(StringBuilder html, string id, IReadOnlyList<MediaKind> kinds, bool canUpload)
    {
        var groups = Enum.GetValues<MediaGroup>().Where(g => g.Kinds().Any(kinds.Contains)).ToList();
        html.Append($"<dialog class=\"media-dialog\" aria-labelledby=\"{id}-dialog-title\" data-media-dialog");
        html.Append($" data-text-page=\"{E(S["Picker_PageStatus"])}\" data-text-empty=\"{E(S["Picker_Empty"])}\" data-text-error=\"{E(S["Picker_LoadError"])}\"");
        html.Append($" data-text-choose=\"{E(S["Picker_Choose"])}\" data-text-uploading=\"{E(S["Picker_Uploading"])}\">");
        html.Append($"<h2 id=\"{id}-dialog-title\">{E(S["Picker_DialogTitle"])}</h2>");
        html.Append("<div class=\"media-dialog-filters\" role=\"search\">");
        html.Append($"<div class=\"field\"><label for=\"{id}-search\">{E(S["Picker_Search"])}</label><input type=\"search\" id=\"{id}-search\" data-media-search></div>");
        if (groups.Count > 1)
        {
            html.Append($"<div class=\"field\"><label for=\"{id}-group\">{E(S["List_Column_Type"])}</label><select id=\"{id}-group\" data-media-group>");
            html.Append($"<option value=\"\">{E(S["Picker_AllTypes"])}</option>");
            foreach (var group in groups)
            {
                html.Append($"<option value=\"{group.Slug()}\">{E(S[MediaTexts.Group[group]])}</option>");
            }

            html.Append("</select></div>");
        }

        html.Append($"<button type=\"button\" data-media-search-go>{E(S["Picker_SearchSubmit"])}</button></div>");
        html.Append("<p role=\"status\" data-media-status></p>");
        html.Append("<ul class=\"media-dialog-list\" data-media-results></ul>");
        html.Append($"<nav class=\"pagination\" aria-label=\"{E(S["Picker_Pages"])}\"><button type=\"button\" class=\"button-secondary\" data-media-previous>{E(S["Picker_Previous"])}</button> ");
        html.Append($"<button type=\"button\" class=\"button-secondary\" data-media-next>{E(S["Picker_Next"])}</button></nav>");
        if (canUpload)
        {
            html.Append($"<div class=\"field media-dialog-upload\"><label for=\"{id}-upload\">{E(S["Picker_Upload"])}</label>");
            html.Append($"<p class=\"hint\" id=\"{id}-upload-hint\">{E(S["Picker_UploadHint"])}</p>");
            html.Append($"<input type=\"file\" id=\"{id}-upload\" aria-describedby=\"{id}-upload-hint\" data-media-upload>");
            html.Append($"<button type=\"button\" data-media-upload-go>{E(S["Picker_UploadSubmit"])}</button></div>");
        }

        html.Append($"<p class=\"actions\"><button type=\"button\" class=\"button-secondary\" data-media-close>{E(S["Picker_Close"])}</button></p>");
        html.Append("</dialog>");
    }

    private void AppendAssetsOnce(StringBuilder html)
    {
        var items = ViewContext.HttpContext.Items;
        if (items.ContainsKey(AssetsWritten))
        {
            return;
        }

        items[AssetsWritten] = true;
        html.Append("<link rel=\"stylesheet\" href=\"/_content/Portal.Media/media-picker.css\">");
        html.Append("<script src=\"/_content/Portal.Media/media-picker.js\" defer></script>");
    }

    private void AppendErrors(StringBuilder html, string errorId, List<string> errors)
    {
        if (errors.Count > 0)
        {
            html.Append($"<p class=\"field-error\" id=\"{errorId}\">{E(string.Join(" ", errors))}</p>");
        }
    }

    private IEnumerable<string> Errors(string key) =>
        ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    private string Describe(IReadOnlyList<MediaKind> kinds) => string.Join(", ", kinds.Select(k => S[MediaTexts.Kind[k]].Value));

    private string E(string value) => _html.Encode(value);
}
