using System.Reflection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Core.Localization;
using Portal.Web;

namespace Portal.UnitTests.Localization;

/// <summary>Every value of every declared key set (the modules' <c>…Texts</c> classes) has its Spanish text.</summary>
public sealed class ResourceKeysTests
{
    private static readonly ResourceManagerStringLocalizerFactory Localizers =
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    public static TheoryData<string> Sets => [.. DeclaredSets().Keys];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_value_has_its_text(string set)
    {
        var keys = DeclaredSets()[set];
        var localizer = Localizers.Create(keys.Resources);

        var missing = keys.All.Where(key => localizer[key].ResourceNotFound).ToList();

        Assert.Empty(missing);
    }

    private static Dictionary<string, IResourceKeys> DeclaredSets() =>
        PortalModules.All.Select(m => m.GetType().Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => typeof(IResourceKeys).IsAssignableFrom(f.FieldType))
            .ToDictionary(f => f.DeclaringType!.FullName + "." + f.Name, f => (IResourceKeys)f.GetValue(null)!, StringComparer.Ordinal);
}
