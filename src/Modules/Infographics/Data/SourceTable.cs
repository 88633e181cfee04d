namespace Portal.Infographics.Data;

/// <summary>
/// The numbers behind a chart, stored as data: a header row and body rows of the same width. The first column
/// names each row (it becomes the row header when shown).
/// </summary>
public sealed class SourceTable
{
    public List<string> Columns { get; set; } = [];

    public List<List<string>> Rows { get; set; } = [];

    public bool IsEmpty => Columns.Count == 0;
}
