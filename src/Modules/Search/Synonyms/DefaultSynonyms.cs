namespace Portal.Search.Synonyms;

/// <summary>
/// The synonym groups a new site starts with: the seed list of the search design, then the ways citizens name
/// the sample trámites (colloquial words, what they call the paper they need).
/// </summary>
public static class DefaultSynonyms
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        "paro, desempleo, prestación por desempleo, subsidio por desempleo, desempleado, parado, despido, despedido, echado",
        "padrón, empadronarse, empadronamiento, empadronarme, empadronar, empadrono, alta en el padrón, volante de empadronamiento, certificado de empadronamiento",
        "IBI, contribución, impuesto de bienes inmuebles",
        "plusvalía, IIVTNU",
        "basura, tasa de residuos",
        "multa, sanción, denuncia de tráfico",
        "vado, paso de vehículos, entrada de vehículos, placa de vado, cochera",
        "permiso de obras, licencia de obra, declaración responsable, comunicación previa",
        "cita, cita previa",
        "certificado digital, firma electrónica, Cl@ve",
        "ayuda, subvención, beca, bono",
        "mascota, animal de compañía, censo canino",
        "boda, matrimonio civil",
        "trabajo, empleo, curro, currar, bolsa de empleo, buscar trabajo",
        "certificado de convivencia, volante de convivencia, volante colectivo, quién vive en mi casa",
        "ayuda por nacimiento, cheque bebé, ayuda por hijo, nacimiento, adopción",
        "escuela infantil, guardería, plaza de bebé",
        "tarjeta de estacionamiento, tarjeta de aparcamiento, tarjeta de minusválido, minusvalía, discapacidad",
        "recogida de enseres, trastos, muebles viejos, colchón, voluminosos",
        "abrir un negocio, licencia de apertura, licencia de actividad, montar una tienda, montar un bar",
        "queja, reclamación, sugerencia, quejarse, quejar, quejarme, protestar",
        "obra menor, reforma, cambiar el baño, obras en casa",
        "mudanza, me he mudado, cambio de domicilio, cambiar de domicilio, nueva dirección",
        "familia numerosa, tres hijos",
    ];
}
