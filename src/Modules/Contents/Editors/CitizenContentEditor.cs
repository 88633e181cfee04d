using Portal.Contents.Parts;

namespace Portal.Contents.Editors;

/// <summary>
/// Base of the editor of a type citizens read: maps the common, SEO and social parts between the model and the
/// edit model and puts the parts' errors next to their fields, so each type's editor handles only its own fields.
/// </summary>
public abstract class CitizenContentEditor<TModel, TEdit> : ContentEditor<TModel, TEdit>
    where TModel : class, ICitizenContent, new()
    where TEdit : class, ICitizenEditModel, new()
{
    private const string CommonPrefix = nameof(ICitizenContent.Common) + ".";

    private const string SocialPrefix = nameof(ICitizenContent.Social) + ".";

    // The parts' nested names are flattened in their edit models; the SEO part's names are the same in both.
    public sealed override string EditFieldFor(string modelField) =>
        modelField.StartsWith(CommonPrefix, StringComparison.Ordinal) ? CommonPrefix + CommonPartEditModel.EditFieldFor(modelField[CommonPrefix.Length..])
        : modelField.StartsWith(SocialPrefix, StringComparison.Ordinal) ? SocialPrefix + SocialPartEditModel.EditFieldFor(modelField[SocialPrefix.Length..])
        : TypeEditFieldFor(modelField);

    /// <summary>The edit-model property where an error on one of the type's own fields is shown.</summary>
    protected virtual string TypeEditFieldFor(string modelField) => modelField;

    protected sealed override TEdit BuildEditModel(TModel model)
    {
        var edit = BuildTypeEditModel(model);
        edit.Common = CommonPartEditModel.From(model.Common);
        edit.Seo = SeoPartEditModel.From(model.Seo);
        edit.Social = SocialPartEditModel.From(model.Social);
        return edit;
    }

    protected sealed override TModel Apply(TEdit edit, TModel model)
    {
        var applied = ApplyType(edit, model);
        applied.Common = edit.Common.ToPart();
        applied.Seo = edit.Seo.ToPart();
        applied.Social = edit.Social.ToPart();
        return applied;
    }

    /// <summary>The edit model of the type's own fields; the parts are filled in afterwards.</summary>
    protected abstract TEdit BuildTypeEditModel(TModel model);

    /// <summary>A new model with the type's own edited fields; the parts are set on it afterwards.</summary>
    protected abstract TModel ApplyType(TEdit edit, TModel model);
}
