using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Tramites.Model;

namespace Portal.Tramites.Editing;

internal sealed class TramiteEditor(IStringLocalizer<TramitesResources> S) : CitizenContentEditor<TramiteContent, TramiteEditModel>
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    public override string ContentType => TramiteContent.TypeName;

    public override string EditorView => "/Views/Tramites/TramiteEditor.cshtml";

    protected override string TypeEditFieldFor(string modelField) => modelField switch
    {
        "MaxResolutionTime.Number" => nameof(TramiteEditModel.ResolutionNumber),
        "AverageResolutionTime.Number" => nameof(TramiteEditModel.AverageResolutionNumber),
        "Period.Opens" => nameof(TramiteEditModel.PeriodOpens),
        "Period.Closes" => nameof(TramiteEditModel.PeriodCloses),
        "Period.Days" => nameof(TramiteEditModel.PeriodDays),
        "Period.Event" => nameof(TramiteEditModel.PeriodEvent),
        _ => modelField,
    };

    protected override TramiteEditModel BuildTypeEditModel(TramiteContent t) => new()
    {
        OfficialName = t.OfficialName,
        SiaCode = t.SiaCode,
        InternalCode = t.InternalCode,
        Kind = t.Kind,
        Initiation = t.Initiation,
        Status = t.Status,
        ServiceNotice = t.ServiceNotice,
        Purpose = t.Purpose,
        Outcome = t.Outcome,
        WhoCanApply = t.WhoCanApply,
        Requirements = string.Join('\n', t.Requirements),
        NoRequirements = t.NoRequirements,
        Documents = [.. t.Documents.Select(d => new DocumentRow
        {
            Name = d.Name, Description = d.Description, Required = d.Required, Format = d.Format, ConsultedForYou = d.ConsultedForYou, FormUrl = d.FormUrl,
        })],
        NoDocuments = t.NoDocuments,
        PeriodKind = t.Period.Kind,
        PeriodOpens = t.Period.Opens,
        PeriodCloses = t.Period.Closes,
        PeriodDays = t.Period.Days?.ToString(CultureInfo.InvariantCulture),
        PeriodDayKind = t.Period.DayKind,
        PeriodEvent = t.Period.Event,
        Free = t.Free,
        Fees = [.. t.Fees.Select(f => new FeeRow { Concept = f.Concept, Amount = f.Amount.ToString("0.##", Spanish), Bylaw = f.Bylaw })],
        PaymentMethods = t.PaymentMethods,
        Steps = [.. t.Steps.Select(s => new StepRow { Title = s.Title, Text = s.Text, Url = s.Url })],
        Channels = [.. t.Channels.Select(c => new ChannelRow
        {
            Kind = c.Kind, Name = c.Name, Url = c.Url, IdentificationMethods = string.Join(", ", c.IdentificationMethods), Office = c.Office,
            Address = c.Address, Hours = c.Hours, AppointmentRequired = c.AppointmentRequired, AppointmentUrl = c.AppointmentUrl,
            AppointmentPhone = c.AppointmentPhone, Phone = c.Phone, Notes = c.Notes,
        })],
        AssistedFiling = t.AssistedFiling,
        Languages = string.Join(", ", t.Languages),
        ResolutionNumber = t.MaxResolutionTime.Number?.ToString(CultureInfo.InvariantCulture),
        ResolutionUnit = t.MaxResolutionTime.Unit,
        AverageResolutionNumber = t.AverageResolutionTime.Number?.ToString(CultureInfo.InvariantCulture),
        AverageResolutionUnit = t.AverageResolutionTime.Unit,
        Silence = t.Silence,
        EndsAdministrativeRoute = t.EndsAdministrativeRoute,
        Appeals = [.. t.Appeals.Select(a => new AppealRow { Kind = a.Kind, Body = a.Body, Deadline = a.Deadline })],
        Legislation = [.. t.Legislation.Select(l => new LawRow { Rank = l.Rank, Number = l.Number, Title = l.Title, Date = l.Date, Url = l.Url })],
        ContactHelp = t.ContactHelp,
        EnglishSummary = t.EnglishSummary,
        RelatedVideoId = t.RelatedVideoId,
        RelatedInfographicId = t.RelatedInfographicId,
    };

    protected override TramiteContent ApplyType(TramiteEditModel e, TramiteContent model) => new()
    {
        OfficialName = Optional(e.OfficialName),
        SiaCode = Optional(e.SiaCode),
        InternalCode = Optional(e.InternalCode),
        Kind = e.Kind,
        Initiation = e.Initiation,
        Status = e.Status,
        ServiceNotice = Optional(e.ServiceNotice),
        Purpose = Text(e.Purpose),
        Outcome = Text(e.Outcome),
        WhoCanApply = Text(e.WhoCanApply),
        Requirements = Lines(e.Requirements, '\n'),
        NoRequirements = e.NoRequirements,
        Documents = [.. e.Documents.Where(d => !IsBlank(d)).Select(d => new TramiteDocument
        {
            Name = Text(d.Name), Description = Optional(d.Description), Required = d.Required, Format = Optional(d.Format),
            ConsultedForYou = d.ConsultedForYou, FormUrl = Optional(d.FormUrl),
        })],
        NoDocuments = e.NoDocuments,
        Period = new SubmissionPeriod
        {
            Kind = e.PeriodKind,
            Opens = e.PeriodKind == SubmissionPeriodKind.BetweenDates ? e.PeriodOpens : null,
            Closes = e.PeriodKind == SubmissionPeriodKind.BetweenDates ? e.PeriodCloses : null,
            Days = e.PeriodKind == SubmissionPeriodKind.AfterEvent ? ParseInt(e.PeriodDays) : null,
            DayKind = e.PeriodDayKind,
            Event = e.PeriodKind == SubmissionPeriodKind.AfterEvent ? Optional(e.PeriodEvent) : null,
        },
        Free = e.Free,
        Fees = e.Free ? [] : [.. e.Fees.Where(f => !IsBlank(f)).Select(f => new TramiteFee { Concept = Text(f.Concept), Amount = ParseAmount(f.Amount) ?? 0, Bylaw = Optional(f.Bylaw) })],
        PaymentMethods = Optional(e.PaymentMethods),
        Steps = [.. e.Steps.Where(s => !IsBlank(s)).Select(s => new TramiteStep { Title = Text(s.Title), Text = Text(s.Text), Url = Optional(s.Url) })],
        Channels = [.. e.Channels.Where(c => !IsBlank(c)).Select(c => new TramiteChannel
        {
            Kind = c.Kind, Name = Optional(c.Name), Url = Optional(c.Url), IdentificationMethods = Lines(c.IdentificationMethods, ','),
            Office = Optional(c.Office), Address = Optional(c.Address), Hours = Optional(c.Hours), AppointmentRequired = c.AppointmentRequired,
            AppointmentUrl = Optional(c.AppointmentUrl), AppointmentPhone = Optional(c.AppointmentPhone), Phone = Optional(c.Phone), Notes = Optional(c.Notes),
        })],
        AssistedFiling = e.AssistedFiling,
        Languages = [.. Lines(e.Languages, ',').Select(l => l.ToLowerInvariant())],
        MaxResolutionTime = new ResolutionTime { Number = ParseInt(e.ResolutionNumber), Unit = e.ResolutionUnit },
        AverageResolutionTime = new ResolutionTime { Number = ParseInt(e.AverageResolutionNumber), Unit = e.AverageResolutionUnit },
        Silence = e.Silence,
        EndsAdministrativeRoute = e.EndsAdministrativeRoute,
        Appeals = [.. e.Appeals.Where(a => !IsBlank(a)).Select(a => new TramiteAppeal { Kind = Text(a.Kind), Body = Text(a.Body), Deadline = Text(a.Deadline) })],
        Legislation = [.. e.Legislation.Where(l => !IsBlank(l)).Select(l => new LegalReference
        {
            Rank = Text(l.Rank), Number = Optional(l.Number), Title = Text(l.Title), Date = l.Date, Url = Optional(l.Url),
        })],
        ContactHelp = Text(e.ContactHelp),
        EnglishSummary = Optional(e.EnglishSummary),
        RelatedVideoId = Optional(e.RelatedVideoId),
        RelatedInfographicId = Optional(e.RelatedInfographicId),
    };

    /// <summary>Numbers the model cannot hold are refused here, next to the field, with what was typed kept.</summary>
    protected override void Validate(TramiteEditModel edit, ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, number) in new[] { (nameof(edit.ResolutionNumber), edit.ResolutionNumber), (nameof(edit.AverageResolutionNumber), edit.AverageResolutionNumber) })
        {
            if (!string.IsNullOrWhiteSpace(number) && ParseInt(number) is null)
            {
                modelState.AddModelError($"{prefix}.{field}", S["Field_NumberInvalid"]);
            }
        }

        if (edit.PeriodKind == SubmissionPeriodKind.AfterEvent && !string.IsNullOrWhiteSpace(edit.PeriodDays) && ParseInt(edit.PeriodDays) is null)
        {
            modelState.AddModelError($"{prefix}.{nameof(edit.PeriodDays)}", S["Field_NumberInvalid"]);
        }

        for (var i = 0; i < edit.Fees.Count; i++)
        {
            if (!edit.Free && !IsBlank(edit.Fees[i]) && ParseAmount(edit.Fees[i].Amount) is null)
            {
                modelState.AddModelError($"{prefix}.Fees[{i}].Amount", S["Field_AmountInvalid"]);
            }
        }

        foreach (var (field, id) in new[] { (nameof(edit.RelatedVideoId), edit.RelatedVideoId), (nameof(edit.RelatedInfographicId), edit.RelatedInfographicId) })
        {
            if (!string.IsNullOrWhiteSpace(id) && !ContentIds.IsValid(id.Trim()))
            {
                modelState.AddModelError($"{prefix}.{field}", S["Field_ItemIdInvalid"]);
            }
        }
    }

    protected override bool ApplyCommand(TramiteEditModel edit)
    {
        var parts = (edit.Command ?? "").Split(':');
        edit.Command = null;
        if (parts.Length < 2)
        {
            return false;
        }

        var index = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
        var focus = parts[1] switch
        {
            nameof(edit.Documents) => Change(edit.Documents, parts[0], index, nameof(DocumentRow.Name)),
            nameof(edit.Fees) => Change(edit.Fees, parts[0], index, nameof(FeeRow.Concept)),
            nameof(edit.Steps) => Change(edit.Steps, parts[0], index, nameof(StepRow.Title)),
            nameof(edit.Channels) => Change(edit.Channels, parts[0], index, nameof(ChannelRow.Kind)),
            nameof(edit.Appeals) => Change(edit.Appeals, parts[0], index, nameof(AppealRow.Kind)),
            nameof(edit.Legislation) => Change(edit.Legislation, parts[0], index, nameof(LawRow.Rank)),
            _ => null,
        };
        if (focus is null)
        {
            return false;
        }

        edit.Focus = $"Edit_{parts[1]}_{focus}";
        return true;
    }

    /// <summary>Adds, removes or moves up one row; returns "{row}__{field}" to focus, or the group's add button.</summary>
    private static string? Change<T>(List<T> rows, string action, int index, string firstField)
        where T : new()
    {
        switch (action)
        {
            case "add" when rows.Count < TramiteEditing.MaxRows:
                rows.Add(new T());
                return $"{rows.Count - 1}__{firstField}";
            case "remove" when index >= 0 && index < rows.Count:
                rows.RemoveAt(index);
                return rows.Count == 0 ? "add" : $"{Math.Min(index, rows.Count - 1)}__{firstField}";
            case "up" when index > 0 && index < rows.Count:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                return $"{index - 1}__{firstField}";
            default:
                return null;
        }
    }

    private static bool IsBlank(object row) =>
        row.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).All(p => string.IsNullOrWhiteSpace((string?)p.GetValue(row)));

    private static string Text(string? value) => value?.Trim() ?? "";

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Lines(string? value, char separator) =>
        [.. (value ?? "").Split(separator).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];

    private static int? ParseInt(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Accepts "12,50", "12.50" and "1.200,00" as editors type euros.</summary>
    private static decimal? ParseAmount(string? value)
    {
        var text = value?.Replace("€", "", StringComparison.Ordinal).Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Spanish, out var spanish)
            && (text.Contains(',', StringComparison.Ordinal) || !text.Contains('.', StringComparison.Ordinal)))
        {
            return spanish;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dotted) ? dotted : null;
    }
}

internal static class TramiteEditing
{
    /// <summary>Enough for any real trámite; stops a form from growing without end.</summary>
    public const int MaxRows = 30;
}
