namespace Portal.Core.Content;

public enum VersionOptions
{
    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>The version citizens see.</summary>
    Published,

    /// <summary>The latest version only if it is a draft.</summary>
    Draft,
}
