using Portal.Tramites.Model;
using Portal.Tramites.Rules;

namespace Portal.UnitTests.Tramites;

public sealed class TramiteRulesTests
{
    private static readonly TramiteRules Rules = new(TramiteSentencesTests.S);

    private static List<string> Fields(TramiteContent t, bool publishing = true) => [.. Rules.Errors(t, publishing).Select(e => e.Field)];

    [Fact]
    public void An_empty_draft_saves_but_cannot_publish()
    {
        Assert.Empty(Fields(new TramiteContent(), publishing: false));
        Assert.Equal(
            ["Purpose", "Outcome", "WhoCanApply", "ContactHelp", "Requirements", "Documents", "Steps", "Channels", "Fees", "MaxResolutionTime.Number", "Silence", "Appeals", "Legislation"],
            Fields(new TramiteContent()));
    }

    [Fact]
    public void Integrity_rules_apply_to_drafts_too()
    {
        var t = new TramiteContent
        {
            SiaCode = "12AB",
            Period = new SubmissionPeriod { Kind = SubmissionPeriodKind.BetweenDates, Opens = new DateOnly(2027, 4, 30), Closes = new DateOnly(2027, 4, 1) },
            Channels = [new TramiteChannel { Kind = ChannelKind.Online, Url = "http://sede.example.es/x" }],
            Legislation = [new LegalReference { Url = "boe.es/ley" }],
            MaxResolutionTime = new ResolutionTime { Number = 0 },
        };

        Assert.Equal(["SiaCode", "MaxResolutionTime.Number", "Period.Closes", "Channels[0].Url", "Legislation[0].Url"], Fields(t, publishing: false));
    }

    [Fact]
    public void Each_channel_needs_what_people_use_it_with()
    {
        var t = new TramiteContent
        {
            Channels =
            [
                new TramiteChannel { Kind = ChannelKind.Online },
                new TramiteChannel { Kind = ChannelKind.InPerson, AppointmentRequired = true },
                new TramiteChannel { Kind = ChannelKind.Phone },
            ],
        };

        var fields = Fields(t);
        Assert.Contains("Channels[0].Url", fields);
        Assert.Contains("Channels[0].IdentificationMethods", fields);
        Assert.Contains("Channels[1].Office", fields);
        Assert.Contains("Channels[1].AppointmentUrl", fields);
        Assert.Contains("Channels[2].Phone", fields);
    }
}
