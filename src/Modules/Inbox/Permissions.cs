using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Inbox;

public sealed class Permissions(IStringLocalizer<InboxResources> S) : IPermissionProvider
{
    public const string HandleRequestsName = "Inbox.HandleRequests";
    public const string SuperviseName = "Inbox.Supervise";
    public const string AuditName = "Inbox.Audit";
    public const string ReadOriginalsName = "Inbox.ReadOriginals";
    public const string ConfigureName = "Inbox.Configure";
    public const string DataSubjectRightsName = "Inbox.DataSubjectRights";

    /// <summary>Reading and answering the requests of one's own units (and those no unit has yet).</summary>
    public static readonly Permission HandleRequests = new(HandleRequestsName, "", "Inbox");

    /// <summary>Every unit's requests: reassigning across units, and the reports.</summary>
    public static readonly Permission Supervise = new(SuperviseName, "", "Inbox");

    /// <summary>Reading every request, its log and the reports, without changing anything.</summary>
    public static readonly Permission Audit = new(AuditName, "", "Inbox");

    /// <summary>Reading the original of a redacted message; every reading is logged.</summary>
    public static readonly Permission ReadOriginals = new(ReadOriginalsName, "", "Inbox");

    /// <summary>Units, categories, targets, the calendar, routing rules, canned answers and retention.</summary>
    public static readonly Permission Configure = new(ConfigureName, "", "Inbox");

    /// <summary>
    /// A citizen's rights over their data (arts. 15 and 17 RGPD): exporting everything the inbox holds about a person
    /// across every unit, and erasing it. Neither reading originals nor auditing covers an irreversible erasure.
    /// </summary>
    public static readonly Permission DataSubjectRights = new(DataSubjectRightsName, "", "Inbox");

    public IEnumerable<Permission> GetPermissions() =>
    [
        HandleRequests with { Description = S["Permission_HandleRequests"] },
        Supervise with { Description = S["Permission_Supervise"] },
        Audit with { Description = S["Permission_Audit"] },
        ReadOriginals with { Description = S["Permission_ReadOriginals"] },
        Configure with { Description = S["Permission_Configure"] },
        DataSubjectRights with { Description = S["Permission_DataSubjectRights"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (PortalRoles.CitizenService, [HandleRequests]),
        (PortalRoles.CitizenServiceSupervisor, [HandleRequests, Supervise, Configure]),
        (PortalRoles.Auditor, [Audit]),
        (PortalRoles.DataProtectionOfficer, [Audit, ReadOriginals, DataSubjectRights]),
    ];
}
