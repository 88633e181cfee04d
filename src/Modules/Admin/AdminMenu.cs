using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Admin;

public sealed class AdminMenu(IStringLocalizer<AdminResources> S) : IAdminMenuProvider
{
    /// <summary>"Puesta en marcha": the first-run page (name, public address, administrator) that the Users module serves.</summary>
    public const string SetupPath = "/admin/puesta-en-marcha";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Dashboard"], "/admin", S["Menu_Group_General"], 0) { Permission = Permissions.AccessAdmin },
        new(S["Menu_Settings"], "/admin/ajustes", S["Menu_Group_Settings"], 890) { Permission = Permissions.ManageSettings },
        new(S["Menu_Features"], "/admin/funcionalidades", S["Menu_Group_Settings"], 920) { Permission = Permissions.ManageFeatures },
    ];
}
