namespace Portal.Inbox.Calendar;

/// <summary>
/// The holidays every Spanish region keeps (Estatuto de los Trabajadores art. 37.2 and the yearly BOE list): the
/// fixed ones plus Good Friday. Regions move some that fall on a Sunday and add their own, so these are only the
/// seed; the calendar page edits the rest.
/// </summary>
public static class SpanishHolidays
{
    public static IEnumerable<(DateOnly Date, string Name)> National(int year) =>
    [
        (new DateOnly(year, 1, 1), "Año Nuevo"),
        (new DateOnly(year, 1, 6), "Epifanía del Señor"),
        (GoodFriday(year), "Viernes Santo"),
        (new DateOnly(year, 5, 1), "Fiesta del Trabajo"),
        (new DateOnly(year, 8, 15), "Asunción de la Virgen"),
        (new DateOnly(year, 10, 12), "Fiesta Nacional de España"),
        (new DateOnly(year, 11, 1), "Todos los Santos"),
        (new DateOnly(year, 12, 6), "Día de la Constitución Española"),
        (new DateOnly(year, 12, 8), "Inmaculada Concepción"),
        (new DateOnly(year, 12, 25), "Natividad del Señor"),
    ];

    /// <summary>Two days before Easter Sunday, by the Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly GoodFriday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day).AddDays(-2);
    }
}
