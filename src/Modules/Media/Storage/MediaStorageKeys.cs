namespace Portal.Media.Storage;

/// <summary>Storage keys are built by the library, but checked anyway so none can leave the storage root.</summary>
public static class MediaStorageKeys
{
    public const int MaxLength = 200;

    public static bool IsValid(string? key) =>
        !string.IsNullOrEmpty(key)
        && key.Length <= MaxLength
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.' or '/')
        && key.Split('/').All(part => part.Length > 0 && part[0] != '.');

    public static string Require(string key) =>
        IsValid(key) ? key : throw new ArgumentException($"'{key}' is not a valid media storage key.", nameof(key));
}
