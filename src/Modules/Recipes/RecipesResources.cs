namespace Portal.Recipes;

/// <summary>Marker for this module's Spanish texts in Resources/RecipesResources.resx.</summary>
public sealed class RecipesResources;
