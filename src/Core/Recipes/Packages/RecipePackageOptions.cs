using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Recipes.Packages;

/// <summary>
/// Bound from <c>Portal:Recipes:Package</c>: how much an uploaded package may unpack to. A zip's own figures can lie,
/// so the limits are counted on the bytes actually unpacked.
/// </summary>
public sealed class RecipePackageOptions
{
    public const string Section = "Portal:Recipes:Package";

    /// <summary>Files and folders in the package.</summary>
    [Range(1, int.MaxValue)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Everything unpacked together, in megabytes.</summary>
    [Range(1, int.MaxValue)]
    public int MaxMegabytes { get; set; } = 2048;
}
