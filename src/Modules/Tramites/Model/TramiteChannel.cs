namespace Portal.Tramites.Model;

/// <summary>A way to do the trámite. Which fields matter depends on <see cref="Kind"/>.</summary>
public sealed class TramiteChannel
{
    public ChannelKind Kind { get; set; }

    /// <summary>The channel's name when <see cref="Kind"/> is <see cref="ChannelKind.Other"/> ("WhatsApp", "Correo postal").</summary>
    public string? Name { get; set; }

    /// <summary>Online: the trámite's page in the sede electrónica; other kinds: a page with more information.</summary>
    public string? Url { get; set; }

    /// <summary>Online: how people identify (Cl@ve, certificado digital, DNI electrónico).</summary>
    public List<string> IdentificationMethods { get; set; } = [];

    /// <summary>In person: the office's name.</summary>
    public string? Office { get; set; }

    public string? Address { get; set; }

    /// <summary>Opening hours as people read them ("De lunes a viernes, de 9:00 a 14:00").</summary>
    public string? Hours { get; set; }

    /// <summary>In person: the office sees people only by appointment.</summary>
    public bool AppointmentRequired { get; set; }

    public string? AppointmentUrl { get; set; }

    public string? AppointmentPhone { get; set; }

    /// <summary>Phone and other channels: the number to call or write to.</summary>
    public string? Phone { get; set; }

    /// <summary>Anything else people must know about this channel ("Obligatorio para empresas").</summary>
    public string? Notes { get; set; }
}

public enum ChannelKind
{
    Online,
    InPerson,
    Phone,
    Other,
}
