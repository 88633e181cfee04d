namespace Portal.PlainLanguage;

/// <summary>Reads the module's embedded data files (word lists), once, at start-up.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string fileName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("Portal.PlainLanguage." + fileName)
        ?? throw new InvalidOperationException($"The embedded data file {fileName} is missing from the build.");

    /// <summary>Non-empty lines that are not comments (#).</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }
}
