using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.PlainLanguage;

namespace Portal.UnitTests.PlainLanguage;

public sealed class OptionsBindingTests
{
    [Fact]
    public void Thresholds_and_lists_bind_from_Portal_PlainLanguage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:PlainLanguage:LongSentenceWords"] = "40",
            ["Portal:PlainLanguage:FormOfAddress"] = "Usted",
            ["Portal:PlainLanguage:ExtraAcronyms:0"] = "SEPE",
            ["Portal:PlainLanguage:ExtraAbbreviations:0"] = "Ayto.",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        new Startup().ConfigureServices(services, configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PlainLanguageOptions>>().Value;

        Assert.Equal(40, options.LongSentenceWords);
        Assert.Equal(FormOfAddress.Usted, options.FormOfAddress);
        Assert.Equal(["SEPE"], options.ExtraAcronyms);
        Assert.Equal(["Ayto."], options.ExtraAbbreviations);
        Assert.Equal(25, options.LongSentenceHintWords);
    }
}
