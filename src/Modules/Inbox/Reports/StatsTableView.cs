using System.Globalization;

namespace Portal.Inbox.Reports;

/// <summary>What the shared statistics table shows: the report's breakdowns and the transparency page's.</summary>
public sealed record StatsTableView(string Id, string Caption, string GroupHeader, IReadOnlyList<StatsRow> Rows, bool WithRequests)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    public static string Hours(double? hours) => hours is { } h ? h.ToString("0.0", Spanish) : "—";

    public static string Percent(double? percent) => percent is { } p ? p.ToString("0", Spanish) + " %" : "—";
}
