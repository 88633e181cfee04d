using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Tramites.Model;

namespace Portal.Tramites.Display;

/// <summary>The trámite's deadlines, silence effect and submission period as plain Spanish sentences.</summary>
public sealed class PlainSentences(IStringLocalizer<TramitesResources> S)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    /// <summary>"3 meses", "1 día hábil", "30 días naturales"; null while no number is set.</summary>
    public string? Duration(ResolutionTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.Number is { } n ? Count(n, time.Unit) : null;
    }

    /// <summary>"El ayuntamiento tiene 3 meses como máximo para responderte."</summary>
    public string? ResolutionSentence(ResolutionTime time) =>
        Duration(time) is { } duration ? S["Sentence_Resolution", duration].Value : null;

    /// <summary>"Si no te responden en 3 meses, tu solicitud se entiende aprobada."</summary>
    public string? SilenceSentence(SilenceEffect silence, ResolutionTime time)
    {
        var duration = Duration(time);
        return (silence, duration) switch
        {
            (SilenceEffect.Approval, not null) => S["Sentence_SilenceApproval", duration].Value,
            (SilenceEffect.Rejection, not null) => S["Sentence_SilenceRejection", duration].Value,
            (SilenceEffect.Approval, null) => S["Sentence_SilenceApprovalNoTime"].Value,
            (SilenceEffect.Rejection, null) => S["Sentence_SilenceRejectionNoTime"].Value,
            (SilenceEffect.NotApplicable, _) => S["Sentence_SilenceNotApplicable"].Value,
            _ => null,
        };
    }

    /// <summary>"Todo el año.", "Del 1 de marzo de 2026 al 31 de marzo de 2026.", "Tienes 30 días naturales desde la fecha del nacimiento."</summary>
    public string PeriodSentence(SubmissionPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            SubmissionPeriodKind.BetweenDates when period is { Opens: { } opens, Closes: { } closes } =>
                S["Sentence_PeriodBetween", LongDate(opens), LongDate(closes)].Value,
            SubmissionPeriodKind.BetweenDates when period.Opens is { } opens => S["Sentence_PeriodFrom", LongDate(opens)].Value,
            SubmissionPeriodKind.BetweenDates when period.Closes is { } closes => S["Sentence_PeriodUntil", LongDate(closes)].Value,
            SubmissionPeriodKind.AfterEvent when period.Days is { } days =>
                S["Sentence_PeriodAfterEvent", Count(days, period.DayKind == DayKind.Working ? ResolutionUnit.WorkingDays : ResolutionUnit.CalendarDays), period.Event ?? ""].Value,
            _ => S["Sentence_PeriodAllYear"].Value,
        };
    }

    /// <summary>"12,50 €", Spanish style.</summary>
    public static string Euros(decimal amount) => amount.ToString(amount == decimal.Truncate(amount) ? "#,##0" : "#,##0.00", Spanish) + " €";

    public static string LongDate(DateOnly date) => date.ToString("d 'de' MMMM 'de' yyyy", Spanish);

    private string Count(int n, ResolutionUnit unit) => unit switch
    {
        ResolutionUnit.Months => S[n == 1 ? "Unit_Month" : "Unit_Months", n].Value,
        ResolutionUnit.WorkingDays => S[n == 1 ? "Unit_WorkingDay" : "Unit_WorkingDays", n].Value,
        _ => S[n == 1 ? "Unit_CalendarDay" : "Unit_CalendarDays", n].Value,
    };
}
