using Portal.Core.Content;

namespace Portal.Contents.Editors;

/// <summary>Implemented by modules with something to say about an item on its edit page.</summary>
public interface IEditorNoteProvider
{
    Task<IReadOnlyList<EditorNote>> GetAsync(ContentItem item, CancellationToken cancellationToken);
}
