namespace Portal.PlainLanguage.Checks;

/// <summary>Closed word classes the grammar checks look for, folded (lower case, no accents).</summary>
internal static class SpanishWordLists
{
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SerForms = Lookup(
        "ser", "es", "son", "soy", "eres", "somos", "sois", "era", "eras", "eramos", "erais", "eran", "fui", "fuiste",
        "fue", "fuimos", "fuisteis", "fueron", "sere", "seras", "sera", "seremos", "sereis", "seran", "seria", "serias",
        "seriamos", "seriais", "serian", "sea", "seas", "seamos", "seais", "sean", "fuera", "fueras", "fueramos",
        "fuerais", "fueran", "fuese", "fueses", "fuesen", "sido", "siendo");

    /// <summary>Irregular participles, every gender and number.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularParticiples = Lookup(
        ["hech", "dich", "puest", "vist", "escrit", "abiert", "vuelt", "resuelt", "cubiert", "rot", "muert", "impres",
            "provist", "devuelt", "previst", "dispuest", "expuest", "propuest", "compuest", "impuest", "satisfech",
            "descrit", "inscrit", "suscrit", "prescrit", "frit", "absuelt", "envuelt", "revuelt", "deshech", "rehech"],
        ["o", "a", "os", "as"]);

    /// <summary>Adjectives that look like participles after ser ("es adecuado", "es privado").</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleLookalikes = Lookup(
        ["adecuad", "privad", "delicad", "sagrad", "pesad", "malvad", "honrad", "desgraciad", "morad", "dorad",
            "rosad", "anaranjad", "azulad", "atrevid", "agradecid", "parecid", "querid", "lucid", "distraid"],
        ["o", "a", "os", "as"]);

    /// <summary>Words ending in -ando/-iendo that are not gerunds.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GerundLookalikes = Lookup(
        "cuando", "mando", "comando", "bando", "blando", "contrabando", "ando", "desando", "fernando", "orlando",
        "armando", "rolando", "nefando", "doctorando", "graduando", "examinando", "educando", "memorando", "sumando",
        "remiendo", "entiendo", "atiendo", "desatiendo", "defiendo", "enciendo", "extiendo", "tiendo");

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negatives = Lookup(
        "no", "ni", "nunca", "jamas", "nada", "nadie", "ninguno", "ninguna", "ningun", "ningunos", "ningunas",
        "tampoco", "sin");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string[] stems, string[] endings) =>
        Lookup([.. stems.SelectMany(s => endings.Select(e => s + e))]);
}
