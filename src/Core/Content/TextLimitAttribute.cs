namespace Portal.Core.Content;

/// <summary>
/// The longest text a content model's string property (or each string of a list) may hold, in characters; a
/// property without it gets <see cref="TextLimits.Paragraph"/>. <see cref="ContentTextLimits"/> checks it on every save.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextLimitAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;
}
