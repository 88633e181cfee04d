namespace Portal.Contents.Parts;

/// <summary>The model of <c>/Views/Parts/CharacterCounter.cshtml</c>: the field's id and its advised length.</summary>
public sealed record CharacterCounter(string FieldId, int Max);
