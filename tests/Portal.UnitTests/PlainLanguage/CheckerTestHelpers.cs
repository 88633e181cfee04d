using Microsoft.Extensions.Options;
using Portal.PlainLanguage;
using Portal.PlainLanguage.Checks;

namespace Portal.UnitTests.PlainLanguage;

internal static class CheckerTestHelpers
{
    public static PlainLanguageChecker Checker(PlainLanguageOptions? options = null) => new(Options.Create(options ?? new PlainLanguageOptions()));

    public static IReadOnlyList<Finding> Findings(string text, string code, PlainLanguageOptions? options = null, string field = "body") =>
        [.. Checker(options).CheckField(field, text, new CheckScope()).Findings.Where(f => f.Code == code)];

    public static string Highlighted(string text, Finding finding) => text.Substring(finding.Start, finding.Length);
}
