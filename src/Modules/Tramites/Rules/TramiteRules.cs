using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Tramites.Model;

namespace Portal.Tramites.Rules;

/// <summary>
/// The trámite's own rules, without I/O (the common part's are the Contents module's). Completeness rules
/// (content-model.md §2 "R" fields, each row's essential fields) apply when publishing, so a draft may be half
/// done; integrity rules (SIA code form, absolute https addresses, a period that ends after it starts, numbers
/// in range) apply to every save. Field names are model paths ("Documents[1].Name").
/// </summary>
public sealed class TramiteRules(IStringLocalizer<TramitesResources> S)
{
    public const int MaxResolutionNumber = 999;

    public IEnumerable<ContentError> Errors(TramiteContent t, bool publishing)
    {
        var errors = new List<ContentError>();
        void Add(string field, string key, params object[] args) => errors.Add(new(field, S[key, args]));

        if (!string.IsNullOrWhiteSpace(t.SiaCode) && !SiaCode.IsValid(t.SiaCode))
        {
            Add(nameof(t.SiaCode), "Rule_SiaCodeInvalid");
        }

        if (publishing)
        {
            RequireText(t.Purpose, nameof(t.Purpose), "Rule_PurposeRequired");
            RequireText(t.Outcome, nameof(t.Outcome), "Rule_OutcomeRequired");
            RequireText(t.WhoCanApply, nameof(t.WhoCanApply), "Rule_WhoCanApplyRequired");
            RequireText(t.ContactHelp, nameof(t.ContactHelp), "Rule_ContactHelpRequired");
            if (t.Requirements.Count == 0 && !t.NoRequirements)
            {
                Add(nameof(t.Requirements), "Rule_RequirementsRequired");
            }

            if (t.Documents.Count == 0 && !t.NoDocuments)
            {
                Add(nameof(t.Documents), "Rule_DocumentsRequired");
            }

            if (t.Steps.Count == 0)
            {
                Add(nameof(t.Steps), "Rule_StepsRequired");
            }

            if (t.Channels.Count == 0)
            {
                Add(nameof(t.Channels), "Rule_ChannelsRequired");
            }

            if (!t.Free && t.Fees.Count == 0)
            {
                Add(nameof(t.Fees), "Rule_FeesRequired");
            }

            if (t.Languages.Count == 0)
            {
                Add(nameof(t.Languages), "Rule_LanguagesRequired");
            }

            if (t.MaxResolutionTime.Number is null)
            {
                Add("MaxResolutionTime.Number", "Rule_ResolutionRequired");
            }

            if (t.Silence == SilenceEffect.Unset)
            {
                Add(nameof(t.Silence), "Rule_SilenceRequired");
            }

            if (t.Appeals.Count == 0)
            {
                Add(nameof(t.Appeals), "Rule_AppealsRequired");
            }

            if (t.Legislation.Count == 0)
            {
                Add(nameof(t.Legislation), "Rule_LegislationRequired");
            }
        }

        if (t.MaxResolutionTime.Number is { } number && number is < 1 or > MaxResolutionNumber)
        {
            Add("MaxResolutionTime.Number", "Rule_ResolutionRange", MaxResolutionNumber);
        }

        CheckPeriod(t.Period, publishing, Add);

        for (var i = 0; i < t.Documents.Count; i++)
        {
            var d = t.Documents[i];
            var field = $"Documents[{i}]";
            if (publishing)
            {
                RequireText(d.Name, field + ".Name", "Rule_DocumentNameRequired", i + 1);
            }

            CheckUrl(d.FormUrl, field + ".FormUrl");
        }

        for (var i = 0; i < t.Steps.Count; i++)
        {
            var s = t.Steps[i];
            var field = $"Steps[{i}]";
            if (publishing)
            {
                RequireText(s.Title, field + ".Title", "Rule_StepTitleRequired", i + 1);
                RequireText(s.Text, field + ".Text", "Rule_StepTextRequired", i + 1);
            }

            CheckUrl(s.Url, field + ".Url");
        }

        for (var i = 0; i < t.Channels.Count; i++)
        {
            CheckChannel(t.Channels[i], $"Channels[{i}]", i + 1, publishing);
        }

        for (var i = 0; i < t.Fees.Count; i++)
        {
            var fee = t.Fees[i];
            if (publishing)
            {
                RequireText(fee.Concept, $"Fees[{i}].Concept", "Rule_FeeConceptRequired", i + 1);
            }

            if (fee.Amount < 0)
            {
                Add($"Fees[{i}].Amount", "Rule_FeeAmountNegative", i + 1);
            }
        }

        for (var i = 0; i < t.Appeals.Count; i++)
        {
            var a = t.Appeals[i];
            if (publishing)
            {
                RequireText(a.Kind, $"Appeals[{i}].Kind", "Rule_AppealKindRequired", i + 1);
                RequireText(a.Body, $"Appeals[{i}].Body", "Rule_AppealBodyRequired", i + 1);
                RequireText(a.Deadline, $"Appeals[{i}].Deadline", "Rule_AppealDeadlineRequired", i + 1);
            }
        }

        for (var i = 0; i < t.Legislation.Count; i++)
        {
            var l = t.Legislation[i];
            if (publishing)
            {
                RequireText(l.Rank, $"Legislation[{i}].Rank", "Rule_LawRankRequired", i + 1);
                RequireText(l.Title, $"Legislation[{i}].Title", "Rule_LawTitleRequired", i + 1);
            }

            CheckUrl(l.Url, $"Legislation[{i}].Url");
        }

        return errors;

        void RequireText(string? value, string field, string key, params object[] args)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, key, args);
            }
        }

        void CheckUrl(string? value, string field)
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsHttpsUrl(value))
            {
                Add(field, "Rule_UrlInvalid");
            }
        }

        void CheckChannel(TramiteChannel c, string field, int position, bool publishing)
        {
            CheckUrl(c.Url, field + ".Url");
            CheckUrl(c.AppointmentUrl, field + ".AppointmentUrl");
            if (!publishing)
            {
                return;
            }

            switch (c.Kind)
            {
                case ChannelKind.Online:
                    RequireText(c.Url, field + ".Url", "Rule_OnlineUrlRequired", position);
                    if (c.IdentificationMethods.Count == 0)
                    {
                        Add(field + ".IdentificationMethods", "Rule_IdentificationRequired", position);
                    }

                    break;
                case ChannelKind.InPerson:
                    RequireText(c.Office, field + ".Office", "Rule_OfficeRequired", position);
                    RequireText(c.Address, field + ".Address", "Rule_AddressRequired", position);
                    RequireText(c.Hours, field + ".Hours", "Rule_HoursRequired", position);
                    if (c.AppointmentRequired && string.IsNullOrWhiteSpace(c.AppointmentUrl) && string.IsNullOrWhiteSpace(c.AppointmentPhone))
                    {
                        Add(field + ".AppointmentUrl", "Rule_AppointmentHowRequired", position);
                    }

                    break;
                case ChannelKind.Phone:
                    RequireText(c.Phone, field + ".Phone", "Rule_PhoneRequired", position);
                    break;
                case ChannelKind.Other:
                    RequireText(c.Name, field + ".Name", "Rule_ChannelNameRequired", position);
                    if (string.IsNullOrWhiteSpace(c.Phone) && string.IsNullOrWhiteSpace(c.Url) && string.IsNullOrWhiteSpace(c.Address))
                    {
                        Add(field + ".Phone", "Rule_OtherContactRequired", position);
                    }

                    break;
            }
        }
    }

    /// <summary>Absolute https only: every address we publish leaves the site, and plain http leaks what people do.</summary>
    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && url.Host.Length > 0;

    private static void CheckPeriod(SubmissionPeriod p, bool publishing, Action<string, string, object[]> add)
    {
        switch (p.Kind)
        {
            case SubmissionPeriodKind.BetweenDates:
                if (publishing && p.Opens is null)
                {
                    add("Period.Opens", "Rule_PeriodOpensRequired", []);
                }

                if (publishing && p.Closes is null)
                {
                    add("Period.Closes", "Rule_PeriodClosesRequired", []);
                }

                if (p is { Opens: { } opens, Closes: { } closes } && closes < opens)
                {
                    add("Period.Closes", "Rule_PeriodClosesBeforeOpens", []);
                }

                break;
            case SubmissionPeriodKind.AfterEvent:
                if (publishing && p.Days is null)
                {
                    add("Period.Days", "Rule_PeriodDaysRequired", []);
                }

                if (p.Days is < 1 or > MaxResolutionNumber)
                {
                    add("Period.Days", "Rule_PeriodDaysRange", [MaxResolutionNumber]);
                }

                if (publishing && string.IsNullOrWhiteSpace(p.Event))
                {
                    add("Period.Event", "Rule_PeriodEventRequired", []);
                }

                break;
        }
    }
}
