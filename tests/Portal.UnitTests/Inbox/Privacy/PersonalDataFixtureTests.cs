using System.Globalization;
using System.Text;
using System.Text.Json;
using Portal.Inbox.Privacy;

namespace Portal.UnitTests.Inbox.Privacy;

/// <summary>
/// The detector on ordinary sentences as citizens write them on social networks (personal-data-fixtures.json):
/// valid and invalid identity numbers, phones in many spellings, IBANs, e-mails, addresses, and confusers (dates,
/// amounts, case numbers, our references, postal codes alone, years). A finding counts when it overlaps an expected
/// span of the same kind; each expected span is matched once. The scores go to the test output and to
/// personal-data-scores.txt beside the test binaries (build/measure-personal-data.sh prints them).
/// </summary>
public sealed class PersonalDataFixtureTests
{
    private const double Threshold = 0.95;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void Precision_and_recall_on_the_fixture_set_stay_at_or_above_ninety_five_percent()
    {
        var fixtures = Load();
        Assert.True(fixtures.Count >= 120, "The fixture set must keep at least 120 sentences.");
        var scores = Enum.GetValues<PersonalDataKind>().ToDictionary(k => k, _ => new Score());
        var misses = new List<string>();
        foreach (var fixture in fixtures)
        {
            var expected = fixture.Expected();
            var found = PersonalDataDetector.Find(fixture.Text).ToList();
            foreach (var span in expected)
            {
                scores[span.Kind].Expected++;
            }

            foreach (var finding in found)
            {
                scores[finding.Kind].Found++;
                var match = expected.FindIndex(e => e.Kind == finding.Kind && e.Overlaps(finding));
                if (match >= 0)
                {
                    scores[finding.Kind].Hits++;
                    expected.RemoveAt(match);
                }
                else
                {
                    misses.Add($"extra {finding.Kind} «{fixture.Text.Substring(finding.Start, finding.Length)}» in: {fixture.Text}");
                }
            }

            misses.AddRange(expected.Select(e => $"missed {e.Kind} «{fixture.Text.Substring(e.Start, e.Length)}» in: {fixture.Text}"));
        }

        var report = Report(fixtures.Count, scores, misses);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "personal-data-scores.txt"), report);

        var total = new Score
        {
            Expected = scores.Values.Sum(s => s.Expected),
            Found = scores.Values.Sum(s => s.Found),
            Hits = scores.Values.Sum(s => s.Hits),
        };
        Assert.True(total.Recall >= Threshold && total.Precision >= Threshold, report);
    }

    private static string Report(int sentences, Dictionary<PersonalDataKind, Score> scores, List<string> misses)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Personal-data detector on {sentences} sentences");
        text.AppendLine("kind      expected  found  hits  precision  recall");
        foreach (var (kind, score) in scores)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{kind,-9} {score.Expected,8} {score.Found,6} {score.Hits,5} {score.Precision,10:P1} {score.Recall,7:P1}");
        }

        var all = new Score { Expected = scores.Values.Sum(s => s.Expected), Found = scores.Values.Sum(s => s.Found), Hits = scores.Values.Sum(s => s.Hits) };
        text.AppendLine(CultureInfo.InvariantCulture, $"{"all",-9} {all.Expected,8} {all.Found,6} {all.Hits,5} {all.Precision,10:P1} {all.Recall,7:P1}");
        foreach (var miss in misses)
        {
            text.AppendLine(miss);
        }

        return text.ToString();
    }

    private static List<Fixture> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Inbox", "Privacy", "personal-data-fixtures.json");
        return JsonSerializer.Deserialize<List<Fixture>>(File.ReadAllText(path), Json)!;
    }

    private sealed class Score
    {
        public int Expected { get; set; }

        public int Found { get; set; }

        public int Hits { get; set; }

        public double Precision => Found == 0 ? 1 : (double)Hits / Found;

        public double Recall => Expected == 0 ? 1 : (double)Hits / Expected;
    }

    /// <summary>A sentence and its expected findings, each written as [kind, the exact text].</summary>
    private sealed record Fixture(string Text, List<List<string>> Expect)
    {
        public List<PersonalDataFinding> Expected() => Expect.Select(e =>
        {
            var start = Text.IndexOf(e[1], StringComparison.Ordinal);
            Assert.True(start >= 0, $"«{e[1]}» is not in: {Text}");
            return new PersonalDataFinding(Enum.Parse<PersonalDataKind>(e[0]), start, e[1].Length);
        }).ToList();
    }
}
