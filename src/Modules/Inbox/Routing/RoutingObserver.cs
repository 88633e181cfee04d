using Microsoft.EntityFrameworkCore;
using Portal.Contents.Catalog;
using Portal.Inbox.Categories;
using Portal.Inbox.Requests;
using Portal.PlainLanguage.Scoring;
using Portal.Taxonomies.Terms;

namespace Portal.Inbox.Routing;

/// <summary>
/// Gives a new request its unit: the first routing rule that matches it, else its category's unit. A request that
/// already has one (split from another) keeps it. The log says which rule decided.
/// </summary>
internal sealed class RoutingObserver : IRequestObserver
{
    public int Order => RequestObserverOrder.Routing;

    public async Task OnChangeAsync(RequestChange change, CancellationToken cancellationToken)
    {
        var request = change.Request;
        if (change.Event.Kind != RequestEventKind.Created || request.UnitId is not null)
        {
            return;
        }

        var db = change.Db;
        var rules = await db.Set<RoutingRule>().AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var topics = request.ItemId is { } itemId && rules.Any(r => r.Topic is not null)
            ? await db.Set<CatalogTermIndex>().AsNoTracking().Where(t => t.ItemId == itemId && t.Published && t.Vocabulary == Vocabularies.Topics).Select(t => t.Term).ToListAsync(cancellationToken)
            : [];
        var text = SpanishLetters.Fold(change.Message?.Text ?? "");
        if (rules.FirstOrDefault(r => Matches(r, request, text, topics)) is { } rule)
        {
            request.UnitId = rule.UnitId;
            request.CategoryId = rule.SetCategoryId ?? request.CategoryId;
            request.OwnerId = rule.OwnerId ?? request.OwnerId;
            db.Add(new RequestEvent { RequestId = request.Id, PersonId = request.PersonId, Kind = RequestEventKind.Assigned, Detail = rule.Name, AtUtc = change.Event.AtUtc });
            return;
        }

        if (request.CategoryId is { } categoryId && await db.Set<Category>().Where(c => c.Id == categoryId).Select(c => c.UnitId).SingleOrDefaultAsync(cancellationToken) is { } unitId)
        {
            request.UnitId = unitId;
            db.Add(new RequestEvent { RequestId = request.Id, PersonId = request.PersonId, Kind = RequestEventKind.Assigned, AtUtc = change.Event.AtUtc });
        }
    }

    internal static bool Matches(RoutingRule rule, Request request, string foldedText, IReadOnlyCollection<string> topics) =>
        (rule.Channel is null || rule.Channel == request.Channel)
        && (rule.CategoryId is null || rule.CategoryId == request.CategoryId)
        && (rule.Keyword is null || foldedText.Contains(SpanishLetters.Fold(rule.Keyword), StringComparison.Ordinal))
        && (rule.Topic is null || topics.Contains(rule.Topic));
}
