using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Portal.Inbox.Clocks;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Reports;

/// <summary>
/// The report's tables as one CSV file for a spreadsheet. Spanish Excel reads a comma as the decimal mark, so the
/// separator is the semicolon and numbers carry a decimal comma; the UTF-8 byte order mark makes Excel read the
/// accents right instead of guessing an old code page.
/// </summary>
public static class ReportCsv
{
    private const char Separator = ';';
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private static readonly ClockKind[] Kinds = [ClockKind.FirstResponse, ClockKind.NextResponse, ClockKind.Resolution];

    public static byte[] Write(StaffReport report, Func<InboxChannel, string> channelName, IStringLocalizer S)
    {
        var text = new StringBuilder();
        Line(text, S["Report_Csv_Range"], Date(report.From), Date(report.To));
        text.AppendLine();

        Line(text, [S["Report_Volume_Title"]]);
        Line(text, [S["Report_Week"], .. report.Volume.Channels.Select(channelName)]);
        foreach (var week in report.Volume.Weeks)
        {
            Line(text, [week, .. report.Volume.Channels.Select(c => Number(report.Volume[week, c]))]);
        }

        foreach (var (title, rows, withRequests) in new[]
        {
            (S["Report_ByChannel"].Value, report.ByChannel, true),
            (S["Report_ByUnit"].Value, report.ByUnit, false),
            (S["Report_ByCategory"].Value, report.ByCategory, false),
            (S["Report_ByAgent"].Value, report.ByAgent, false),
        })
        {
            text.AppendLine();
            Line(text, [title]);
            Line(text, [S["Report_Group"], .. withRequests ? [S["Report_Requests"].Value] : Array.Empty<string>(), .. Kinds.SelectMany(k => StatHeaders(S, k))]);
            foreach (var row in rows)
            {
                Line(text, [row.Name, .. withRequests ? [Number(row.Requests)] : Array.Empty<string>(), .. Kinds.SelectMany(k => Stats(row[k]))]);
            }
        }

        text.AppendLine();
        Line(text, [S["Report_Breaches_Title"]]);
        Line(text, S["Report_Reference"], S["Report_Clock"], S["Report_Channel"], S["Report_Start"], S["Report_Due"], S["Report_End"]);
        foreach (var breach in report.Breaches)
        {
            Line(text, breach.Reference, S["Report_Kind_" + breach.Kind], channelName(breach.Channel), Time(breach.StartUtc), Time(breach.DueUtc), breach.EndUtc is { } end ? Time(end) : "");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static IEnumerable<string> StatHeaders(IStringLocalizer S, ClockKind kind)
    {
        var name = S["Report_Kind_" + kind];
        return [S["Report_Csv_Count", name], S["Report_Csv_Median", name], S["Report_Csv_P90", name], S["Report_Csv_Mean", name], S["Report_Csv_Within", name]];
    }

    private static IEnumerable<string> Stats(ClockStats stats) =>
        [Number(stats.Count), Hours(stats.MedianHours), Hours(stats.P90Hours), Hours(stats.MeanHours), Hours(stats.WithinTargetPercent)];

    private static string Number(int value) => value.ToString(Spanish);

    private static string Hours(double? value) => value is { } v ? v.ToString("0.0", Spanish) : "";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime utc) => Madrid.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, params IEnumerable<string> cells) =>
        text.AppendJoin(Separator, cells.Select(Quote)).Append("\r\n");

    /// <summary>Quotes a cell that holds the separator, a quote or a line break, and defuses a leading formula sign.</summary>
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
