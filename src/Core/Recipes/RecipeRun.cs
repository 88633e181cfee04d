namespace Portal.Core.Recipes;

/// <summary>
/// Tells content handlers that what they see is a recipe's import, not an editor's publication: the sample pages of
/// a new site must not be posted to the social networks it is then connected to.
/// </summary>
public sealed class RecipeRun
{
    public bool Running { get; private set; }

    internal IDisposable Begin()
    {
        Running = true;
        return new End(this);
    }

    private sealed class End(RecipeRun run) : IDisposable
    {
        public void Dispose() => run.Running = false;
    }
}
