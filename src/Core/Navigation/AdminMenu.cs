using Portal.Core.Security;

namespace Portal.Core.Navigation;

/// <summary>One entry of the admin side menu. Hidden when the user lacks the permission or the feature is off.</summary>
/// <param name="Text">Already localized Spanish text.</param>
public sealed record AdminMenuItem(string Text, string Url, string Group, int Position)
{
    public Permission? Permission { get; init; }

    public string? Feature { get; init; }
}

/// <summary>A module's <c>AdminMenu.cs</c>.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}
