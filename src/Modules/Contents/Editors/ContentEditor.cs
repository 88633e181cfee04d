using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Core.Content;

namespace Portal.Contents.Editors;

/// <summary>Typed base of a content type's editor.</summary>
public abstract class ContentEditor<TModel, TEdit> : IContentEditor
    where TModel : class, new()
    where TEdit : class, new()
{
    public abstract string ContentType { get; }

    public Type EditModelType => typeof(TEdit);

    public object NewEditModel() => new TEdit();

    public abstract string EditorView { get; }

    public object NewModel() => new TModel();

    public object BuildEditModel(object model) => BuildEditModel((TModel)model);

    public void Validate(object editModel, ModelStateDictionary modelState, string prefix) => Validate((TEdit)editModel, modelState, prefix);

    public object Apply(object editModel, object model) => Apply((TEdit)editModel, (TModel)model);

    public virtual string EditFieldFor(string modelField) => modelField;

    public bool ApplyCommand(object editModel) => ApplyCommand((TEdit)editModel);

    public object CreateView(object editModel) => new ContentEditorView<TEdit>((TEdit)editModel, [.. Warnings((TEdit)editModel)]);

    protected abstract TEdit BuildEditModel(TModel model);

    protected abstract TModel Apply(TEdit edit, TModel model);

    /// <summary>Checks beyond the edit model's annotations; none by default.</summary>
    protected virtual void Validate(TEdit edit, ModelStateDictionary modelState, string prefix)
    {
    }

    /// <summary>Form commands (add or remove a row); a type without repeated groups has none.</summary>
    protected virtual bool ApplyCommand(TEdit edit) => false;

    /// <summary>Advice that never blocks a save (a title longer than recommended); field names are edit-model names.</summary>
    protected virtual IEnumerable<ContentError> Warnings(TEdit edit) => [];
}
