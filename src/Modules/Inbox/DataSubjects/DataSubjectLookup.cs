using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;

namespace Portal.Inbox.DataSubjects;

/// <summary>A citizen exercising their rights: the person who stands for them now and every person merged into them.</summary>
public sealed record DataSubject(Person Person, IReadOnlyList<long> People);

/// <summary>
/// Finds whom a data-subject request covers. A right is exercised by the citizen, not by one of their records: from
/// any person of a merge, it reaches the person the merge points at and everyone merged into them.
/// </summary>
public sealed class DataSubjectLookup(IUnitOfWork unitOfWork, PeopleDirectory people, PersonMerges merges)
{
    public async Task<DataSubject?> FindAsync(long personId, CancellationToken cancellationToken)
    {
        if (!await unitOfWork.Db.Set<Person>().AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return null;
        }

        var person = await people.CurrentAsync(personId, cancellationToken);
        return new DataSubject(person, await merges.GroupAsync(person.Id, cancellationToken));
    }
}
