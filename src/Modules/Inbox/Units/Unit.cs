namespace Portal.Inbox.Units;

/// <summary>A team that answers requests (Padrón, Servicios Sociales, Policía Local...).</summary>
public sealed class Unit
{
    public const string TableName = "InboxUnits";
    public const int NameLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>A member of staff in a unit; a lead hears the unit's warnings.</summary>
public sealed class UnitMember
{
    public const string TableName = "InboxUnitMembers";

    public int UnitId { get; set; }

    public string UserId { get; set; } = "";

    public bool Lead { get; set; }
}
