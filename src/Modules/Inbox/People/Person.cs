namespace Portal.Inbox.People;

/// <summary>
/// A citizen as the inbox knows them: a name and the handles they wrote from. Merging two people points one at the
/// other (<see cref="MergedIntoId"/>) and keeps both rows and their handles, so a merge can be undone.
/// </summary>
public sealed class Person
{
    public const string TableName = "InboxPeople";
    public const int NameLength = 200;

    public long Id { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The person this one was merged into; their requests and handles count as that person's.</summary>
    public long? MergedIntoId { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public enum HandleKind
{
    /// <summary>An account on a network (its stable id, not the name it shows).</summary>
    Network,
    Phone,
    Email,
}

/// <summary>One way to reach a person. Unique: the same handle never belongs to two people.</summary>
public sealed class PersonHandle
{
    public const string TableName = "InboxPersonHandles";
    public const int ValueLength = 300;
    public const int NetworkLength = 20;

    public long Id { get; set; }

    public long PersonId { get; set; }

    public HandleKind Kind { get; set; }

    /// <summary>The network (or private channel) for <see cref="HandleKind.Network"/>; empty otherwise.</summary>
    public string Network { get; set; } = "";

    /// <summary>Normalised: E.164 phone, lower-case e-mail, the network's account id.</summary>
    public string Value { get; set; } = "";

    /// <summary>How the handle reads (<c>@vecina@vecinos.example</c>).</summary>
    public string Display { get; set; } = "";

    /// <summary>The channel proved it (a network account, a WhatsApp number, a confirmed e-mail): never merged silently.</summary>
    public bool Verified { get; set; }
}
