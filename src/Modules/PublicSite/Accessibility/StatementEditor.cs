using Portal.Contents.Editors;

namespace Portal.PublicSite.Accessibility;

internal sealed class StatementEditor : ContentEditor<AccessibilityStatement, StatementEditModel>
{
    public override string ContentType => AccessibilityStatement.TypeName;

    public override string EditorView => "/Views/Accessibility/StatementEditor.cshtml";

    protected override StatementEditModel BuildEditModel(AccessibilityStatement model) => new()
    {
        Scope = model.Scope,
        Status = model.Status,
        NonCompliances =
        [
            .. model.NonCompliances.Select(n => new NonComplianceInput { Description = n.Description, Criterion = n.Criterion, PlannedFix = n.PlannedFix, PlannedDate = n.PlannedDate }),
            .. Enumerable.Range(0, StatementEditModel.BlankRows).Select(_ => new NonComplianceInput()),
        ],
        DisproportionateBurden = string.Join('\n', model.DisproportionateBurden),
        OutOfScope = string.Join('\n', model.OutOfScope),
        PreparedOn = model.PreparedOn,
        Method = model.Method,
        LastReviewedOn = model.LastReviewedOn,
        ResponsibleUnit = model.ResponsibleUnit,
        ContactEmail = model.ContactEmail,
        ContactPhone = model.ContactPhone,
        ContactUrl = model.ContactUrl,
        Enforcement = model.Enforcement,
        Additional = model.Additional,
    };

    protected override AccessibilityStatement Apply(StatementEditModel edit, AccessibilityStatement model) => new()
    {
        Scope = Trim(edit.Scope),
        Status = edit.Status,
        NonCompliances =
        [
            .. edit.NonCompliances.Where(n => !n.IsBlank).Select(n => new NonCompliance
            {
                Description = Trim(n.Description),
                Criterion = Trim(n.Criterion),
                PlannedFix = Trim(n.PlannedFix),
                PlannedDate = n.PlannedDate,
            }),
        ],
        DisproportionateBurden = Lines(edit.DisproportionateBurden),
        OutOfScope = Lines(edit.OutOfScope),
        PreparedOn = edit.PreparedOn,
        Method = edit.Method,
        LastReviewedOn = edit.LastReviewedOn,
        ResponsibleUnit = Trim(edit.ResponsibleUnit),
        ContactEmail = Trim(edit.ContactEmail),
        ContactPhone = Trim(edit.ContactPhone),
        ContactUrl = Trim(edit.ContactUrl),
        Enforcement = edit.Enforcement?.Trim() ?? "",
        Additional = edit.Additional?.Trim() ?? "",
    };

    private static string Trim(string? value) => value?.Trim() ?? "";

    private static List<string> Lines(string? value) =>
        [.. (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
