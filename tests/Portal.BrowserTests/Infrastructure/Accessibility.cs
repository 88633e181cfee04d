using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>axe-core checks: the WCAG 2.0 and 2.1 rules of levels A and AA, the level Spanish law requires.</summary>
public static class Accessibility
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Runs axe on the page as it is now; fails with one line per violating element.</summary>
    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });

        if (result.Violations.Length > 0)
        {
            var lines = result.Violations.SelectMany(v => v.Nodes.Select(n =>
                $"- {v.Id} ({v.Impact}) at {n.Target}: {v.Help} [{v.HelpUrl}]"));
            Assert.Fail($"axe found {result.Violations.Length} WCAG A/AA violation(s) on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        }
    }
}
