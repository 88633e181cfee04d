namespace Portal.Core.Localization;

/// <summary>
/// The resource keys of one closed set of values (an enum's, or a list of codes): <c>{prefix}_{value}{suffix}</c> in
/// <typeparamref name="TResources"/>'s .resx. Declared once beside the values instead of concatenated where a text is
/// shown, so a unit test can find every set and check that each value has its text: a missing one fails a test
/// instead of showing the raw key.
/// </summary>
public sealed class ResourceKeys<TValue, TResources>(string prefix, IEnumerable<TValue> values, string suffix = "") : IResourceKeys
    where TValue : notnull
{
    private readonly IReadOnlyList<TValue> _values = [.. values];

    public string this[TValue value] => $"{prefix}_{value}{suffix}";

    public Type Resources => typeof(TResources);

    public IEnumerable<string> All => _values.Select(v => this[v]);
}

/// <summary>What the test that checks every declared key set reads.</summary>
public interface IResourceKeys
{
    /// <summary>The marker class whose .resx holds the texts.</summary>
    Type Resources { get; }

    IEnumerable<string> All { get; }
}
