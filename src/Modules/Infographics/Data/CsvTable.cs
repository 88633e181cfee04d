using System.Text;

namespace Portal.Infographics.Data;

/// <summary>What went wrong on which line of a CSV text.</summary>
public enum CsvProblem
{
    UnclosedQuote,
    WrongColumnCount,
    NoRows,
    TooBig,
}

/// <param name="Line">1-based line of the text where the problem is.</param>
/// <param name="Found">The columns found on that line, for <see cref="CsvProblem.WrongColumnCount"/>.</param>
/// <param name="Expected">The header's columns.</param>
public sealed record CsvError(CsvProblem Problem, int Line, int Found = 0, int Expected = 0);

/// <summary>
/// Reads and writes the CSV text editors paste from a spreadsheet: the first line is the header; fields are
/// separated by semicolons (as Spanish spreadsheets export) or, when the header has none, by commas; double quotes
/// wrap fields holding separators, quotes ("") or line breaks. Blank lines are skipped.
/// </summary>
public static class CsvTable
{
    public const int MaxColumns = 20;
    public const int MaxRows = 500;

    public static (SourceTable? Table, CsvError? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var firstLine = normalized.TrimStart('\n').Split('\n', 2)[0];
        var separator = firstLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';

        var records = new List<(int Line, List<string> Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < normalized.Length && normalized[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (c == '\n')
            {
                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return (null, new CsvError(CsvProblem.UnclosedQuote, recordLine));
        }

        EndRecord();
        if (records.Count < 2)
        {
            return (null, new CsvError(CsvProblem.NoRows, records.Count == 0 ? 1 : records[0].Line));
        }

        var columns = records[0].Fields;
        if (columns.Count > MaxColumns || records.Count - 1 > MaxRows)
        {
            return (null, new CsvError(CsvProblem.TooBig, 1, columns.Count, MaxColumns));
        }

        foreach (var (number, values) in records.Skip(1))
        {
            if (values.Count != columns.Count)
            {
                return (null, new CsvError(CsvProblem.WrongColumnCount, number, values.Count, columns.Count));
            }
        }

        return (new SourceTable { Columns = columns, Rows = [.. records.Skip(1).Select(r => r.Fields)] }, null);

        void EndRecord()
        {
            fields.Add(field.ToString().Trim());
            field.Clear();
            if (fields.Any(f => f.Length > 0))
            {
                records.Add((recordLine, fields));
            }

            fields = [];
        }
    }

    /// <summary>The table as the form shows it, separated by semicolons.</summary>
    public static string Write(SourceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.IsEmpty)
        {
            return "";
        }

        var lines = new[] { table.Columns }.Concat(table.Rows).Select(r => string.Join(";", r.Select(Quote)));
        return string.Join("\n", lines);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\n', ',']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
