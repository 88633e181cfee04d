using Portal.Core.Content;

namespace Portal.Contents.Editors;

/// <summary>What a type's editor partial renders: fields are bound as <c>asp-for="Edit.X"</c>.</summary>
public sealed class ContentEditorView<TEdit>(TEdit edit, IReadOnlyList<ContentError> warnings)
    where TEdit : class
{
    public TEdit Edit { get; } = edit;

    public IReadOnlyList<ContentError> Warnings { get; } = warnings;

    public IEnumerable<string> WarningsFor(string field) => Warnings.Where(w => w.Field == field).Select(w => w.Message);
}
