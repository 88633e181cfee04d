using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Contents.Editors;

/// <summary>
/// The admin editor of one content type. The generic content admin binds the form to <see cref="EditModelType"/>
/// under the prefix "Edit", asks the editor to validate and apply it, and renders <see cref="EditorView"/> for the
/// type's fields. Required-to-publish rules belong in an <c>IContentHandler</c>, so recipes and tasks obey them too.
/// Derive from <see cref="ContentEditor{TModel, TEdit}"/> and register with <c>services.AddContentEditor&lt;T&gt;()</c>.
/// </summary>
public interface IContentEditor
{
    string ContentType { get; }

    Type EditModelType { get; }

    /// <summary>An empty <see cref="EditModelType"/>, for the form to bind into.</summary>
    object NewEditModel();

    /// <summary>Path of the partial that renders the fields; its model is a <see cref="ContentEditorView{TEdit}"/>.</summary>
    string EditorView { get; }

    /// <summary>The empty model of a new item.</summary>
    object NewModel();

    object BuildEditModel(object model);

    /// <summary>Checks what binding and annotations cannot, adding Spanish errors under <paramref name="prefix"/>.</summary>
    void Validate(object editModel, ModelStateDictionary modelState, string prefix);

    /// <summary>A new model with the edited values applied on top of <paramref name="model"/>.</summary>
    object Apply(object editModel, object model);

    /// <summary>The edit-model property where a content error on <paramref name="modelField"/> is shown.</summary>
    string EditFieldFor(string modelField);

    /// <summary>
    /// Applies a form command posted with the fields (a button that adds or removes a row of a repeated group),
    /// so forms work without JavaScript. True when the form must show again as changed, with nothing saved.
    /// </summary>
    bool ApplyCommand(object editModel);

    /// <summary>The partial's model: the edit model and its advisory warnings.</summary>
    object CreateView(object editModel);
}
