using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Syndication.Networks;

/// <summary>
/// The highest usage Meta reported in an answer, success or error: <c>X-App-Usage</c> holds the app's
/// <c>call_count</c>, <c>total_cputime</c> and <c>total_time</c> as percentages; <c>X-Business-Use-Case-Usage</c>
/// holds, per business id, a list of the same figures per use case with <c>estimated_time_to_regain_access</c>
/// in minutes. Above <see cref="PauseAbove"/> percent the channel stops calling before Meta starts refusing.
/// </summary>
/// <param name="Percent">The highest figure, rounded up.</param>
/// <param name="Figure">Which figure it was: <c>call_count</c>, <c>total_cputime</c> or <c>total_time</c>.</param>
/// <param name="MinutesToRegainAccess">Meta's own estimate of the wait, when it gives one above zero.</param>
public sealed record MetaUsage(int Percent, string Figure, int? MinutesToRegainAccess)
{
    public const int PauseAbove = 90;
    public const int FigureLength = 20;

    public static IReadOnlyList<string> Figures { get; } = ["call_count", "total_cputime", "total_time"];

    public bool Exceeded => Percent > PauseAbove;

    public TimeSpan? RegainAccess => MinutesToRegainAccess is { } minutes ? TimeSpan.FromMinutes(minutes) : null;

    public static MetaUsage? Of(NetworkResponse response) =>
        Read(response.Header("X-App-Usage"), response.Header("X-Business-Use-Case-Usage"));

    /// <summary>Reads both headers; a header that is absent or malformed counts as no report.</summary>
    public static MetaUsage? Read(string? appUsage, string? businessUsage)
    {
        var entries = new List<JsonObject>();
        if (Parse(appUsage) is { } app)
        {
            entries.Add(app);
        }

        if (Parse(businessUsage) is { } business)
        {
            entries.AddRange(business.Select(b => b.Value).OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>());
        }

        var figures = entries.SelectMany(e => Figures.Select(f => (Figure: f, Value: Number(e[f])))).Where(f => f.Value is not null).ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        var highest = figures.MaxBy(f => f.Value)!;
        var regain = entries.Select(e => Number(e["estimated_time_to_regain_access"]) ?? 0).DefaultIfEmpty(0).Max();
        return new MetaUsage((int)Math.Ceiling(highest.Value!.Value), highest.Figure, regain > 0 ? (int)Math.Ceiling(regain) : null);
    }

    private static JsonObject? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(header) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Meta sends numbers; a number in a string is accepted too, anything else ignored.</summary>
    private static double? Number(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<double>(out var number) ? number
        : value.TryGetValue<string>(out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) ? number
        : null
        : null;
}
