using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Core.Content;

namespace Portal.Contents.PageType;

internal sealed class PageEditor(IStringLocalizer<ContentsResources> S) : ContentEditor<PageContent, PageEditModel>
{
    public override string ContentType => PageContent.TypeName;

    public override string EditorView => "/Views/Contents/PageEditor.cshtml";

    protected override PageEditModel BuildEditModel(PageContent model) => new()
    {
        Title = model.Title,
        Summary = model.Summary,
        Slug = model.Slug,
        Body = model.Body,
    };

    protected override PageContent Apply(PageEditModel edit, PageContent model) => new()
    {
        Title = edit.Title?.Trim() ?? "",
        Summary = edit.Summary?.Trim() ?? "",
        Slug = edit.Slug?.Trim() ?? "",
        Body = edit.Body ?? "",
    };

    protected override IEnumerable<ContentError> Warnings(PageEditModel edit)
    {
        var title = edit.Title?.Trim().Length ?? 0;
        if (title > PageEditModel.TitleAdvisedLength)
        {
            yield return new(nameof(PageEditModel.Title), S["Page_TitleLong", title, PageEditModel.TitleAdvisedLength]);
        }

        var summary = edit.Summary?.Trim().Length ?? 0;
        if (summary > PageEditModel.SummaryAdvisedLength)
        {
            yield return new(nameof(PageEditModel.Summary), S["Page_SummaryLong", summary, PageEditModel.SummaryAdvisedLength]);
        }
    }
}
