using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;

namespace Portal.Inbox.People;

/// <summary>How a channel names the sender of a message: the handle that finds (or makes) their person.</summary>
public sealed record SenderHandle(HandleKind Kind, string Network, string Value, string Display, bool Verified);

/// <summary>
/// Finds the person behind a handle, or makes one. Two different handles never end up as one person here: joining
/// them is a person's explicit, logged and reversible merge.
/// </summary>
public sealed class PeopleDirectory(IUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>The person the handle belongs to, followed through merges to the one that stands for them now.</summary>
    public async Task<Person> FindOrCreateAsync(SenderHandle sender, string displayName, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var handle = await db.Set<PersonHandle>().SingleOrDefaultAsync(h => h.Kind == sender.Kind && h.Network == sender.Network && h.Value == sender.Value, cancellationToken);
        if (handle is not null)
        {
            return await CurrentAsync(handle.PersonId, cancellationToken);
        }

        var person = new Person { DisplayName = Cut(displayName, Person.NameLength), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new PersonHandle
        {
            PersonId = person.Id,
            Kind = sender.Kind,
            Network = sender.Network,
            Value = Cut(sender.Value, PersonHandle.ValueLength),
            Display = Cut(sender.Display, PersonHandle.ValueLength),
            Verified = sender.Verified,
        });

        // Saved at once: the same sender's next message in this transaction must find the handle, not make a twin.
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    /// <summary>Follows merges (a chain is short: each merge is a person's decision).</summary>
    public async Task<Person> CurrentAsync(long personId, CancellationToken cancellationToken)
    {
        var people = unitOfWork.Db.Set<Person>();
        var person = await people.SingleAsync(p => p.Id == personId, cancellationToken);
        for (var hops = 0; person.MergedIntoId is { } next && hops < 32; hops++)
        {
            person = await people.SingleAsync(p => p.Id == next, cancellationToken);
        }

        return person;
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
