namespace Portal.Core.Recipes;

/// <summary>Bound from <c>Portal:Setup</c>: what a fresh site runs on its first start.</summary>
public sealed class SetupOptions
{
    public const string Section = "Portal:Setup";

    /// <summary>
    /// The setup recipe file. A relative path is looked for under the app's folder (the host copies <c>recipes/</c>
    /// there), then under the content root.
    /// </summary>
    public string Recipe { get; set; } = "recipes/portal.recipe.json";
}
