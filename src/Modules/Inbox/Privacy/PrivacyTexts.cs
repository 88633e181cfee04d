using Portal.Core.Localization;

namespace Portal.Inbox.Privacy;

/// <summary>The Spanish names of what privacy shows from enums: the badges of personal data and retention actions.</summary>
public static class PrivacyTexts
{
    public static readonly ResourceKeys<PersonalDataKind, InboxResources> Kind = new("PersonalData", Enum.GetValues<PersonalDataKind>());

    public static readonly ResourceKeys<RetentionAction, InboxResources> Action = new("Retention_Action", Enum.GetValues<RetentionAction>());
}
