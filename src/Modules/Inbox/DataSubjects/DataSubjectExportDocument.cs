using System.Text.Json.Serialization;

namespace Portal.Inbox.DataSubjects;

// The file is handed to the citizen: its field names are Spanish, like its values, so it reads without a legend.

/// <summary>Everything the inbox holds about a citizen (art. 15 RGPD), as the JSON file the export downloads.</summary>
public sealed record DataSubjectExportDocument(
    [property: JsonPropertyName("documento")] string Title,
    [property: JsonPropertyName("explicacion")] string Explanation,
    [property: JsonPropertyName("generadoEl")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("personas")] IReadOnlyList<ExportedPerson> People,
    [property: JsonPropertyName("solicitudes")] IReadOnlyList<ExportedRequest> Requests);

public sealed record ExportedPerson(
    [property: JsonPropertyName("numero")] long Id,
    [property: JsonPropertyName("nombre")] string Name,
    [property: JsonPropertyName("unidaALaPersona")] long? MergedInto,
    [property: JsonPropertyName("altaEl")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("identificadores")] IReadOnlyList<ExportedHandle> Handles);

public sealed record ExportedHandle(
    [property: JsonPropertyName("tipo")] string Kind,
    [property: JsonPropertyName("red")] string Network,
    [property: JsonPropertyName("valor")] string Value,
    [property: JsonPropertyName("seMuestraComo")] string Display,
    [property: JsonPropertyName("verificado")] bool Verified);

public sealed record ExportedRequest(
    [property: JsonPropertyName("referencia")] string Reference,
    [property: JsonPropertyName("persona")] long PersonId,
    [property: JsonPropertyName("asunto")] string Subject,
    [property: JsonPropertyName("canal")] string Channel,
    [property: JsonPropertyName("estado")] string State,
    [property: JsonPropertyName("motivoDelEstado")] string? StateReason,
    [property: JsonPropertyName("categoria")] string? Category,
    [property: JsonPropertyName("unidad")] string? Unit,
    [property: JsonPropertyName("recibidaEl")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("acuseDeReciboEl")] DateTimeOffset? AcknowledgedAt,
    [property: JsonPropertyName("ultimaActividadEl")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("cerradaEl")] DateTimeOffset? ClosedAt,
    [property: JsonPropertyName("respuestaPublica")] string? PublicAnswer,
    [property: JsonPropertyName("cambiosDeEstado")] IReadOnlyList<ExportedStateChange> States,
    [property: JsonPropertyName("mensajes")] IReadOnlyList<ExportedMessage> Messages,
    [property: JsonPropertyName("encuestas")] IReadOnlyList<ExportedSurvey> Surveys);

public sealed record ExportedStateChange(
    [property: JsonPropertyName("fecha")] DateTimeOffset At,
    [property: JsonPropertyName("estado")] string State);

public sealed record ExportedMessage(
    [property: JsonPropertyName("fecha")] DateTimeOffset At,
    [property: JsonPropertyName("sentido")] string Direction,
    [property: JsonPropertyName("canal")] string Channel,
    [property: JsonPropertyName("autor")] string Author,
    [property: JsonPropertyName("texto")] string Text,
    [property: JsonPropertyName("entrega")] string? Delivery,
    [property: JsonPropertyName("tachado")] bool Redacted,
    [property: JsonPropertyName("aviso")] string? Notice,
    [property: JsonPropertyName("original")] string? Original);

public sealed record ExportedSurvey(
    [property: JsonPropertyName("ciclo")] int Cycle,
    [property: JsonPropertyName("enviadaEl")] DateTimeOffset SentAt,
    [property: JsonPropertyName("respondidaEl")] DateTimeOffset? AnsweredAt,
    [property: JsonPropertyName("puntuacion")] int? Score,
    [property: JsonPropertyName("resuelto")] bool? Solved,
    [property: JsonPropertyName("comentario")] string? Comment);
