using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;

namespace Portal.Taxonomies.Terms;

/// <summary>Every change to terms goes through here, so the rules, the usage check and the cache stay in one place.</summary>
public sealed class TermAdministration(
    IUnitOfWork unitOfWork,
    TermRules rules,
    IEnumerable<ITermUsageProvider> usageProviders,
    IStringLocalizer<TaxonomiesResources> S)
{
    private DbSet<Term> Terms => unitOfWork.Db.Set<Term>();

    public async Task<TaxonomyTerm?> FindAsync(int id, CancellationToken cancellationToken) =>
        await Terms.AsNoTracking().Where(t => t.Id == id).Select(t => TaxonomyTerm.From(t)).FirstOrDefaultAsync(cancellationToken);

    public async Task<TermResult> CreateAsync(string vocabulary, TermInput input, CancellationToken cancellationToken)
    {
        input = TermRules.Normalize(input);
        if (await CheckAsync(vocabulary, input, null, cancellationToken) is { } refused)
        {
            return refused;
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var position = await Terms.Where(t => t.Vocabulary == vocabulary).Select(t => (int?)t.Position).MaxAsync(cancellationToken) ?? -1;
        var term = new Term { Vocabulary = vocabulary, Position = position + 1 };
        Apply(term, input);
        Terms.Add(term);
        await SaveAsync(cancellationToken);
        return TermResult.Done(TaxonomyTerm.From(term));
    }

    public async Task<TermResult> UpdateAsync(int id, TermInput input, CancellationToken cancellationToken)
    {
        input = TermRules.Normalize(input);
        var term = await Terms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
        {
            return TermResult.Refused("", S["Term_NotFound"]);
        }

        if (await CheckAsync(term.Vocabulary, input, term, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (term.Slug != input.Slug && await UsagesAsync(term, cancellationToken) is { Count: > 0 } usages)
        {
            // Content stores the slug: changing it would silently untag every item listed.
            return TermResult.Refused(nameof(TermInput.Slug), S["Term_SlugInUse", term.Slug], usages);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        Apply(term, input);
        await SaveAsync(cancellationToken);
        return TermResult.Done(TaxonomyTerm.From(term));
    }

    /// <summary>Swaps the term with its neighbour above (<paramref name="offset"/> -1) or below (+1).</summary>
    public async Task<TermResult> MoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var term = await Terms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
        {
            return TermResult.Refused("", S["Term_NotFound"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var siblings = await Terms.Where(t => t.Vocabulary == term.Vocabulary).OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(term);
        var target = Math.Clamp(index + Math.Sign(offset), 0, siblings.Count - 1);
        siblings.RemoveAt(index);
        siblings.Insert(target, term);
        Renumber(siblings);
        await SaveAsync(cancellationToken);
        return TermResult.Done(TaxonomyTerm.From(term));
    }

    public async Task<TermResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var term = await Terms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
        {
            return TermResult.Refused("", S["Term_NotFound"]);
        }

        if (await UsagesAsync(term, cancellationToken) is { Count: > 0 } usages)
        {
            return TermResult.Refused("", S["Term_InUse", term.Name, usages.Count], usages);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        Terms.Remove(term);
        var rest = await Terms.Where(t => t.Vocabulary == term.Vocabulary && t.Id != term.Id).OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        Renumber(rest);
        await SaveAsync(cancellationToken);
        return TermResult.Done(null);
    }

    /// <summary>
    /// The recipe's way in: creates or updates each term by slug, in the given order, ahead of the vocabulary's
    /// other terms (which keep theirs). Input was validated by the caller.
    /// </summary>
    public async Task ImportAsync(string vocabulary, IReadOnlyList<TermInput> inputs, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var existing = await Terms.Where(t => t.Vocabulary == vocabulary).OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var ordered = new List<Term>();
        foreach (var input in inputs.Select(TermRules.Normalize))
        {
            var term = existing.FirstOrDefault(t => t.Slug == input.Slug);
            if (term is null)
            {
                term = new Term { Vocabulary = vocabulary };
                Terms.Add(term);
            }

            Apply(term, input);
            ordered.Add(term);
        }

        Renumber(ordered.Concat(existing.Except(ordered)).ToList());
        await SaveAsync(cancellationToken);
    }

    private async Task<TermResult?> CheckAsync(string vocabulary, TermInput input, Term? current, CancellationToken cancellationToken)
    {
        if (!Vocabularies.Exists(vocabulary))
        {
            return TermResult.Refused("", S["Vocabulary_Unknown", vocabulary]);
        }

        var errors = rules.Check(input).ToList();
        if (errors.Count == 0 && await Terms.AnyAsync(t => t.Vocabulary == vocabulary && t.Slug == input.Slug && (current == null || t.Id != current.Id), cancellationToken))
        {
            errors.Add(new(nameof(TermInput.Slug), S["Term_SlugTaken", input.Slug]));
        }

        return errors.Count == 0 ? null : new TermResult(null, errors, []);
    }

    private async Task<IReadOnlyList<TermUsage>> UsagesAsync(Term term, CancellationToken cancellationToken)
    {
        var usages = new List<TermUsage>();
        foreach (var provider in usageProviders)
        {
            usages.AddRange(await provider.GetUsagesAsync(term.Vocabulary, term.Slug, cancellationToken));
        }

        return usages;
    }

    private static void Apply(Term term, TermInput input)
    {
        term.Slug = input.Slug;
        term.Name = input.Name;
        term.Description = input.Description;
        term.SiaCode = input.SiaCode;
    }

    private static void Renumber(List<Term> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            terms[i].Position = i;
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        unitOfWork.AfterCommit((services, _) =>
        {
            services.GetRequiredService<TaxonomyCache>().Invalidate();
            return Task.CompletedTask;
        });
    }
}
