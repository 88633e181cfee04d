using Portal.Core.Settings;
using Portal.PlainLanguage.Checks;

namespace Portal.PlainLanguage.Jargon;

/// <summary>
/// The jargon list in force: the administrators' one from site settings, or the built-in one. The compiled matcher is
/// kept until the stored list changes, so checking stays one lookup per word.
/// </summary>
public sealed class JargonList(ISiteSettingsStore settings)
{
    private (string? Json, JargonMatcher Matcher) _compiled = (null, JargonMatcher.Default);

    public async Task<IReadOnlyList<JargonEntry>> EntriesAsync(CancellationToken cancellationToken = default) =>
        (await settings.GetAsync<JargonSettings>(cancellationToken)).Entries ?? JargonMatcher.LoadDefaultEntries();

    public async Task<JargonMatcher> MatcherAsync(CancellationToken cancellationToken = default)
    {
        var json = await settings.GetRawAsync(ISiteSettingsStore.KeyOf<JargonSettings>(), cancellationToken);
        var compiled = _compiled;
        if (json == compiled.Json)
        {
            return compiled.Matcher;
        }

        var entries = (await settings.GetAsync<JargonSettings>(cancellationToken)).Entries;
        var matcher = entries is null ? JargonMatcher.Default : new JargonMatcher(entries);
        _compiled = (json, matcher);
        return matcher;
    }
}
