using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Tramites;
using Portal.Tramites.Display;
using Portal.Tramites.Model;
using Portal.Tramites.Rules;

namespace Portal.UnitTests.Tramites;

public sealed class TramiteSentencesTests
{
    internal static readonly IStringLocalizer<TramitesResources> S = new StringLocalizer<TramitesResources>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static readonly PlainSentences Sentences = new(S);

    [Theory]
    [InlineData(SilenceEffect.Approval, 3, ResolutionUnit.Months, "Si no te responden en 3 meses, tu solicitud se entiende aprobada.")]
    [InlineData(SilenceEffect.Rejection, 1, ResolutionUnit.Months, "Si no te responden en 1 mes, tu solicitud se entiende rechazada.")]
    [InlineData(SilenceEffect.Approval, 1, ResolutionUnit.WorkingDays, "Si no te responden en 1 día hábil, tu solicitud se entiende aprobada.")]
    [InlineData(SilenceEffect.Rejection, 30, ResolutionUnit.CalendarDays, "Si no te responden en 30 días naturales, tu solicitud se entiende rechazada.")]
    [InlineData(SilenceEffect.NotApplicable, 10, ResolutionUnit.WorkingDays, "El ayuntamiento tiene que responderte siempre, aunque pase el plazo.")]
    public void Silence_reads_as_a_plain_sentence(SilenceEffect silence, int number, ResolutionUnit unit, string expected) =>
        Assert.Equal(expected, Sentences.SilenceSentence(silence, new ResolutionTime { Number = number, Unit = unit }));

    [Fact]
    public void Silence_without_a_choice_says_nothing() =>
        Assert.Null(Sentences.SilenceSentence(SilenceEffect.Unset, new ResolutionTime { Number = 3 }));

    [Fact]
    public void Resolution_time_reads_as_a_plain_sentence()
    {
        Assert.Equal("El ayuntamiento tiene 10 días hábiles como máximo para responderte.",
            Sentences.ResolutionSentence(new ResolutionTime { Number = 10, Unit = ResolutionUnit.WorkingDays }));
        Assert.Null(Sentences.ResolutionSentence(new ResolutionTime()));
    }

    [Fact]
    public void Periods_read_as_plain_sentences()
    {
        Assert.Equal("Puedes pedirlo en cualquier momento del año.", Sentences.PeriodSentence(new SubmissionPeriod()));
        Assert.Equal("Del 1 de abril de 2027 al 30 de abril de 2027, los dos días incluidos.", Sentences.PeriodSentence(new SubmissionPeriod
        {
            Kind = SubmissionPeriodKind.BetweenDates, Opens = new DateOnly(2027, 4, 1), Closes = new DateOnly(2027, 4, 30),
        }));
        Assert.Equal("Tienes 90 días naturales desde la fecha del nacimiento.", Sentences.PeriodSentence(new SubmissionPeriod
        {
            Kind = SubmissionPeriodKind.AfterEvent, Days = 90, DayKind = DayKind.Calendar, Event = "la fecha del nacimiento",
        }));
    }

    [Fact]
    public void Euros_are_written_the_spanish_way()
    {
        Assert.Equal("25,50 €", PlainSentences.Euros(25.5m));
        Assert.Equal("1.200 €", PlainSentences.Euros(1200m));
    }

    [Fact]
    public void Iso_durations_for_json_ld()
    {
        Assert.Equal("P3M", TramiteJsonLd.IsoDuration(new ResolutionTime { Number = 3, Unit = ResolutionUnit.Months }));
        Assert.Equal("P20D", TramiteJsonLd.IsoDuration(new ResolutionTime { Number = 20, Unit = ResolutionUnit.WorkingDays }));
    }

    [Theory]
    [InlineData("2690557", true)]
    [InlineData("994375", true)]
    [InlineData(" 994375 ", true)]
    [InlineData("99437", false)]
    [InlineData("26905571", false)]
    [InlineData("269O557", false)]
    [InlineData("269-557", false)]
    [InlineData("", false)]
    public void Sia_codes_are_six_or_seven_digits(string code, bool valid) => Assert.Equal(valid, SiaCode.IsValid(code));
}
