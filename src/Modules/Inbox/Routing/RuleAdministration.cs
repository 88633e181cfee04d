using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.Desk;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;
using Portal.Taxonomies.Terms;

namespace Portal.Inbox.Routing;

/// <summary>What the rule form sends.</summary>
public sealed class RuleInput
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public InboxChannel? Channel { get; set; }

    public int? CategoryId { get; set; }

    public string? Keyword { get; set; }

    public string? Topic { get; set; }

    public int? UnitId { get; set; }

    public int? SetCategoryId { get; set; }

    public string? OwnerId { get; set; }
}

/// <summary>The routing rules, in the order they are tried.</summary>
public sealed class RuleAdministration(IUnitOfWork unitOfWork, ITaxonomyStore taxonomies, IStringLocalizer<InboxResources> S)
{
    public Task<List<RoutingRule>> ListAsync(CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<RoutingRule>().AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public async Task<DeskOutcome> SaveAsync(RuleInput input, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var name = input.Name?.Trim();
        var keyword = string.IsNullOrWhiteSpace(input.Keyword) ? null : input.Keyword.Trim();
        var topic = string.IsNullOrWhiteSpace(input.Topic) ? null : input.Topic.Trim();
        var owner = string.IsNullOrWhiteSpace(input.OwnerId) ? null : input.OwnerId;
        if (string.IsNullOrEmpty(name) || name.Length > RoutingRule.NameLength)
        {
            return DeskOutcome.Refused(S["Rule_NameRequired", RoutingRule.NameLength]);
        }

        if (keyword is { Length: > RoutingRule.KeywordLength })
        {
            return DeskOutcome.Refused(S["Rule_KeywordTooLong", RoutingRule.KeywordLength]);
        }

        if (input.UnitId is not { } unitId || !await db.Set<Unit>().AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return DeskOutcome.Refused(S["Rule_UnitRequired"]);
        }

        foreach (var categoryId in new[] { input.CategoryId, input.SetCategoryId }.OfType<int>())
        {
            if (!await db.Set<Category>().AnyAsync(c => c.Id == categoryId, cancellationToken))
            {
                return DeskOutcome.Refused(S["Category_Unknown"]);
            }
        }

        if (topic is not null && (await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken)).All(t => t.Slug != topic))
        {
            return DeskOutcome.Refused(S["Rule_UnknownTopic"]);
        }

        if (owner is not null && !await db.Set<UnitMember>().AnyAsync(m => m.UnitId == unitId && m.UserId == owner, cancellationToken))
        {
            return DeskOutcome.Refused(S["Assign_OwnerNotMember"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var rule = input.Id is { } id ? await db.Set<RoutingRule>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (input.Id is not null && rule is null)
        {
            return DeskOutcome.Refused(S["Rule_Unknown"]);
        }

        if (rule is null)
        {
            rule = new RoutingRule { Position = await db.Set<RoutingRule>().Select(r => (int?)r.Position).MaxAsync(cancellationToken) + 1 ?? 1 };
            db.Add(rule);
        }

        rule.Name = name;
        rule.Channel = input.Channel;
        rule.CategoryId = input.CategoryId;
        rule.Keyword = keyword;
        rule.Topic = topic;
        rule.UnitId = unitId;
        rule.SetCategoryId = input.SetCategoryId;
        rule.OwnerId = owner;
        return DeskOutcome.Ok(S["Rule_Saved", name]);
    }

    public async Task<DeskOutcome> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var removed = await unitOfWork.Db.Set<RoutingRule>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? DeskOutcome.Refused(S["Rule_Unknown"]) : DeskOutcome.Ok(S["Rule_Deleted"]);
    }

    /// <summary>Swaps the rule with the one before it (<paramref name="up"/>) or after it.</summary>
    public async Task<DeskOutcome> MoveAsync(int id, bool up, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var rules = await unitOfWork.Db.Set<RoutingRule>().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var index = rules.FindIndex(r => r.Id == id);
        if (index < 0)
        {
            return DeskOutcome.Refused(S["Rule_Unknown"]);
        }

        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < rules.Count)
        {
            (rules[index], rules[other]) = (rules[other], rules[index]);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            rules[i].Position = i + 1;
        }

        return DeskOutcome.Ok(S["Rule_Moved"]);
    }
}
