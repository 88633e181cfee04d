using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.PlainLanguage.Api;
using Portal.PlainLanguage.Checks;
using Portal.PlainLanguage.Jargon;
using Portal.Syndication.Channels;
using Portal.Syndication.Counting;

namespace Portal.Syndication.Replies;

/// <summary>What the composer shows under an answer: its length with the network's rules, how easy it is to read, and what to fix.</summary>
public sealed record AnswerCheckView(long InteractionId, TextMeasure Length, TextResult Plain);

/// <summary>
/// Counts the answer as it will be sent (a Mastodon answer with the author's handle in front) and runs the editors'
/// plain-language checks on it with the site's jargon list: short answers get no score (too few words for one to
/// mean anything) but still the warnings, which are what helps in a few lines.
/// </summary>
public sealed class AnswerCheck(PortalDbContext db, PlainLanguageChecker checker, JargonList jargon, AnalyzeResultMapper mapper)
{
    private const string Field = "answer";

    public async Task<AnswerCheckView> CheckAsync(Interaction interaction, string text, CancellationToken cancellationToken)
    {
        var maxCharacters = await db.Set<Channel>().Where(c => c.Id == interaction.ChannelId).Select(c => c.MaxCharacters).SingleOrDefaultAsync(cancellationToken);
        var count = NetworkCounters.For(interaction.Network).Count(AnswerCommands.Outgoing(interaction, text), new CountingOptions(MaxCharacters: maxCharacters));
        var report = checker.Check([new KeyValuePair<string, string>(Field, text)], new CheckScope(WarnOnScores: false), await jargon.MatcherAsync(cancellationToken));
        return new AnswerCheckView(interaction.Id, count.FirstExceeded ?? count.Primary, mapper.Map(report).Fields[Field]);
    }
}
