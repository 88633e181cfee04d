namespace Portal.Core.Recipes;

/// <summary>Where a recipe comes from, which decides what its variables may read.</summary>
public enum RecipeOrigin
{
    /// <summary>A file the server's operator chose (setup, a command): <c>${config:Key}</c> may read configuration.</summary>
    Server,

    /// <summary>
    /// A file someone uploaded in the admin: it may not read configuration, or an upload could copy a connection
    /// string or a password into a setting and export it.
    /// </summary>
    Upload,
}
