namespace Portal.Tramites.Model;

/// <summary>A way to challenge the decision (LPAC arts. 112–124).</summary>
public sealed class TramiteAppeal
{
    /// <summary>"Recurso de reposición".</summary>
    public string Kind { get; set; } = "";

    /// <summary>Before whom: "la Alcaldía", "el Juzgado de lo Contencioso-Administrativo de Toledo".</summary>
    public string Body { get; set; } = "";

    /// <summary>"1 mes desde el día siguiente a la notificación".</summary>
    public string Deadline { get; set; } = "";
}
