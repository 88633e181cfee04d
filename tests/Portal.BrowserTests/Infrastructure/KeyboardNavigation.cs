using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>What has keyboard focus, as the browser reports it.</summary>
public sealed class FocusedElement
{
    public string Tag { get; set; } = "";

    public string Id { get; set; } = "";

    public string ClassName { get; set; } = "";

    public string Text { get; set; } = "";

    public string Href { get; set; } = "";

    /// <summary>An outline or box-shadow is drawn and the element has a size inside the viewport.</summary>
    public bool FocusVisible { get; set; }

    public override string ToString() => $"<{Tag}{(Id.Length > 0 ? "#" + Id : "")}{(ClassName.Length > 0 ? "." + ClassName.Replace(' ', '.') : "")}> \"{Text}\"{(Href.Length > 0 ? " → " + Href : "")}";
}

/// <summary>Keyboard-only checks: the skip link, the Tab order and a visible focus indicator.</summary>
public static class KeyboardNavigation
{
    private const int MaxTabs = 60;

    private const string DescribeFocus = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return { tag: 'body', id: '', className: '', text: '', href: '', focusVisible: false };
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.left < innerWidth;
            return {
                tag: e.tagName.toLowerCase(),
                id: e.id || '',
                className: typeof e.className === 'string' ? e.className : '',
                text: (e.innerText || e.getAttribute('aria-label') || e.name || '').trim().replace(/\s+/g, ' '),
                href: e.getAttribute('href') || '',
                focusVisible: (outline || shadow) && onScreen,
            };
        }
        """;

    public static Task<FocusedElement> FocusedAsync(this IPage page) => page.EvaluateAsync<FocusedElement>(DescribeFocus);

    public static async Task<FocusedElement> TabAsync(this IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        return await page.FocusedAsync();
    }

    /// <summary>
    /// From a freshly loaded page: the first Tab lands on a visible skip link to the main content, and following it
    /// with Enter moves focus to <c>main</c>.
    /// </summary>
    public static async Task AssertSkipLinkWorksAsync(this IPage page)
    {
        var first = await page.TabAsync();
        Assert.True(first.ClassName.Contains("skip-link", StringComparison.Ordinal), $"The first Tab should land on the skip link, not on {first}.");
        Assert.Equal("#contenido", first.Href);
        Assert.True(first.FocusVisible, $"The focused skip link has no visible focus indicator: {first}.");

        await page.Keyboard.PressAsync("Enter");
        var target = await page.FocusedAsync();
        Assert.True(target is { Tag: "main", Id: "contenido" }, $"Following the skip link should move focus to <main id=\"contenido\">, not to {target}.");
    }

    /// <summary>
    /// Tabs on from wherever focus is until every link named in <paramref name="linkTexts"/> has had focus,
    /// each with a visible focus indicator; fails with the focus order seen when one is never reached.
    /// </summary>
    public static async Task AssertTabReachesAsync(this IPage page, params string[] linkTexts)
    {
        var pending = new List<string>(linkTexts);
        var seen = new List<FocusedElement>();
        while (pending.Count > 0 && seen.Count < MaxTabs)
        {
            var focused = await page.TabAsync();
            if (focused.Tag == "body")
            {
                break;
            }

            seen.Add(focused);
            Assert.True(focused.FocusVisible, $"Focus is not visible on {focused}.");
            pending.Remove(focused.Text);
        }

        Assert.True(pending.Count == 0, $"Tab never reached: {string.Join(", ", pending)}. Focus order seen:{Environment.NewLine}{string.Join(Environment.NewLine, seen)}");
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus; fails if it never does.</summary>
    public static async Task TabToAsync(this IPage page, string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                var focused = await page.FocusedAsync();
                Assert.True(focused.FocusVisible, $"Focus is not visible on {focused}.");
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}.");
    }
}
