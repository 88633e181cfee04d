using System.Globalization;
using Portal.Search.Indexing;

namespace Portal.Search.Benchmarks;

/// <summary>
/// Generates municipal Spanish documents from fixed word pools with a fixed seed, so every run indexes the same
/// text: titles like "Pedir la ayuda para el comedor escolar", summaries, headed bodies, topics.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Actions = ["Pedir", "Solicitar", "Renovar", "Consultar", "Presentar", "Pagar", "Comunicar", "Inscribirse en", "Reclamar", "Cambiar"];

    private static readonly string[] Things =
    [
        "la ayuda para el comedor escolar", "el permiso de ocupación de la vía pública", "la licencia de obra mayor", "el certificado de convivencia",
        "la tarjeta del transporte urbano", "la bonificación del impuesto de vehículos", "la plaza en el campamento de verano", "el alta en la tasa de basura",
        "la subvención para asociaciones vecinales", "el abono de las piscinas municipales", "la inscripción en las escuelas deportivas", "el huerto urbano",
        "la cita con la trabajadora social", "el informe de arraigo", "la ayuda al alquiler joven", "la reserva del centro cívico", "la licencia de animales peligrosos",
        "el carné de la biblioteca", "la devolución de la fianza de obras", "el fraccionamiento de deudas", "la exención del IBI", "la poda de un árbol en la calle",
        "el cambio de titular del vado", "la instalación de una terraza de verano", "la matrícula en la escuela de música", "la ayuda de emergencia social",
        "el servicio de ayuda a domicilio", "la teleasistencia para mayores", "la reserva de la pista de pádel", "la licencia de taxi",
    ];

    private static readonly string[] Places = ["en el ayuntamiento", "por internet", "en la sede electrónica", "en la oficina de atención ciudadana", "por teléfono", "en el registro", "en el centro cívico", ""];

    private static readonly string[] Sentences =
    [
        "Puedes hacer este trámite por internet con certificado digital o Cl@ve, o en la oficina con cita previa.",
        "Necesitas tu documento de identidad, DNI o NIE, y el justificante de empadronamiento.",
        "El plazo de solicitud se abre cada año en enero y se cierra a finales de marzo.",
        "La resolución se comunica por escrito en un plazo máximo de tres meses.",
        "Si no recibes respuesta en ese plazo, la solicitud se entiende desestimada.",
        "El servicio es gratuito para las personas empadronadas en el municipio.",
        "Las familias numerosas y las personas con discapacidad tienen un descuento en la tasa.",
        "Adjunta una fotografía reciente y el número de cuenta bancaria donde quieres cobrar la ayuda.",
        "Los vecinos pueden consultar el estado de su expediente en la sede electrónica.",
        "Si tienes dudas, llama al 010 de lunes a viernes de ocho de la mañana a ocho de la tarde.",
        "La ordenanza fiscal fija la cuantía de la tasa según los metros cuadrados ocupados.",
        "Las obras no pueden empezar hasta que el ayuntamiento conceda la licencia.",
        "El pago se puede fraccionar en dos plazos sin intereses.",
        "La ayuda es compatible con otras prestaciones de la comunidad autónoma.",
        "Los menores de dieciocho años necesitan la autorización de su madre, padre o tutor.",
        "El técnico municipal visitará el local para comprobar que cumple la normativa.",
        "Guarda el justificante de presentación: te lo pueden pedir más adelante.",
        "Las personas mayores de sesenta y cinco años tienen prioridad en la lista de espera.",
        "La recogida de residuos voluminosos se hace los martes y los jueves.",
        "El contrato de alquiler debe estar a tu nombre y en vigor.",
    ];

    private static readonly string[] Headings = ["Qué es", "Quién puede pedirlo", "Qué necesitas", "Cómo se hace", "Cuánto cuesta", "Plazos", "Qué pasa después", "Dónde informarte"];

    private static readonly string[] Topics = ["padron-y-censo", "impuestos-y-tasas", "urbanismo-y-obras", "empleo", "servicios-sociales", "medio-ambiente-y-residuos", "trafico-y-movilidad", "cultura-y-deportes", "educacion", "salud", "vivienda", "participacion-ciudadana"];

    private static readonly string[] Types = ["tramite", "tramite", "tramite", "entrada", "infografia", "video"];

    public static IEnumerable<SearchDocument> Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var thing = Pick(random, Things);
            var title = $"{Pick(random, Actions)} {thing} {Pick(random, Places)}".Trim();
            var headings = new List<string>();
            var body = new List<string>();
            for (var s = 0; s < random.Next(3, 7); s++)
            {
                headings.Add(Pick(random, Headings));
                body.Add(string.Join(' ', Enumerable.Range(0, random.Next(2, 6)).Select(_ => Pick(random, Sentences))));
            }

            var id = "gen-" + i.ToString(CultureInfo.InvariantCulture);
            yield return new SearchDocument(id, Pick(random, Types), title, "/generado/" + id)
            {
                Summary = $"Cómo {title.ToLowerInvariant()}: requisitos, plazos y documentos.",
                Headings = string.Join('\n', headings),
                Body = string.Join("\n\n", body),
                Topics = [Pick(random, Topics), Pick(random, Topics)],
                ModifiedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i),
            };
        }
    }

    /// <summary>1,000 queries of every kind: the relevance set, title words, typos, phrases, prefixes.</summary>
    public static IReadOnlyList<string> Queries(IReadOnlyList<string> relevance, int count, int seed = 7)
    {
        var random = new Random(seed);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var thing = Pick(random, Things);
            var words = thing.Split(' ').Where(w => w.Length > 3).ToArray();
            queries.Add((queries.Count % 6) switch
            {
                0 => Pick(random, relevance),
                1 => string.Join(' ', words),
                2 => Typo(random, Pick(random, words)),
                3 => "\"" + string.Join(' ', words.Take(2)) + "\"",
                4 => Pick(random, words)[..3] + "*",
                _ => RemoveAccents(Pick(random, Sentences).Split(' ').Skip(random.Next(0, 4)).Take(3).Aggregate((a, b) => a + " " + b)),
            });
        }

        return queries;
    }

    private static string Typo(Random random, string word)
    {
        var at = random.Next(1, word.Length - 1);
        return word[..at] + word[at + 1] + word[at] + word[(at + 2)..];
    }

    private static string RemoveAccents(string text) => Portal.Search.Analysis.SpanishFolding.Fold(text.ToLowerInvariant());

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
