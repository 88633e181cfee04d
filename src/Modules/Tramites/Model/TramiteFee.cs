namespace Portal.Tramites.Model;

public sealed class TramiteFee
{
    public string Concept { get; set; } = "";

    /// <summary>In euros.</summary>
    public decimal Amount { get; set; }

    /// <summary>The tax bylaw that sets it ("Ordenanza fiscal n.º 12").</summary>
    public string? Bylaw { get; set; }
}
