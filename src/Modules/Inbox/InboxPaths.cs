using System.Globalization;

namespace Portal.Inbox;

/// <summary>Every address of the inbox, for staff and for citizens.</summary>
public static class InboxPaths
{
    /// <summary>The staff inbox: the requests a person may see, newest activity first.</summary>
    public const string Admin = "/admin/atencion";

    public const string Units = Admin + "/unidades";

    /// <summary>The inbox as a whole: the reference prefix.</summary>
    public const string Settings = Admin + "/ajustes";

    public const string Categories = Admin + "/categorias";

    public const string Calendar = Admin + "/calendario";

    /// <summary>Response targets per category and channel, and the warning levels.</summary>
    public const string Targets = Categories + "/plazos";

    public const string CannedAnswers = Admin + "/respuestas-tipo";

    public const string Rules = Admin + "/reglas";

    public const string Report = Admin + "/informe";

    /// <summary>Retention rules per category, legal holds, the dry run and the retention log.</summary>
    public const string Retention = Admin + "/conservacion";

    public const string MessagePrefix = Admin + "/mensajes";

    /// <summary>The citizen's page of one request, reached only through its unguessable token.</summary>
    public const string PublicStatusPrefix = "/solicitudes";

    public const string SurveyPrefix = "/encuesta";

    /// <summary>The public aggregates: volumes and response times, without personal data.</summary>
    public const string Transparency = "/atencion-ciudadana/transparencia";

    /// <summary>A request's staff page, by its reference (what staff read out on the phone).</summary>
    public static string Request(string reference) => Admin + "/" + reference;

    /// <summary>The canned answer editor; no id writes a new one.</summary>
    public static string CannedAnswer(int? id) => CannedAnswers + "/editar" + (id is null ? "" : "/" + id.Value.ToString(CultureInfo.InvariantCulture));

    public static string Person(long personId) => Admin + "/personas/" + personId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A person's data-protection rights: the export of their data and its erasure.</summary>
    public static string DataSubject(long personId) => Person(personId) + "/derechos";

    /// <summary>One message of a request: its personal-data badges, redaction, original and "Pasar a privado".</summary>
    public static string Message(long messageId) => MessagePrefix + "/" + messageId.ToString(CultureInfo.InvariantCulture);

    public static string PublicStatus(string token) => PublicStatusPrefix + "/" + token;

    public static string Survey(string token) => SurveyPrefix + "/" + token;
}
