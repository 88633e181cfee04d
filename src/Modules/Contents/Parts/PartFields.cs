namespace Portal.Contents.Parts;

/// <summary>Error field names of a part embedded in a model, e.g. "Common.Title" for the part held in "Common".</summary>
internal static class PartFields
{
    public static string Field(string prefix, string property) => prefix.Length == 0 ? property : prefix + "." + property;
}
