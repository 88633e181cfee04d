using Portal.Core.Localization;
using Portal.Infographics.Data;

namespace Portal.Infographics;

/// <summary>The keys of the texts in <see cref="InfographicsResources"/> that a value chooses, one set per kind of text.</summary>
public static class InfographicsTexts
{
    /// <summary>The message for a CSV problem, formatted with its line, the columns found and those expected.</summary>
    public static readonly ResourceKeys<CsvProblem, InfographicsResources> CsvProblem = new("Info_Csv", Enum.GetValues<CsvProblem>());
}
