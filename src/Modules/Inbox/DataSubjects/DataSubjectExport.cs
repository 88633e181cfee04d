using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.People;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.Inbox.Surveys;
using Portal.Inbox.Units;

namespace Portal.Inbox.DataSubjects;

/// <summary>
/// The right of access (art. 15 RGPD): everything the inbox holds about a citizen across all their requests, merged
/// people included, as one JSON file. Internal notes stay out: they are staff's working notes, not part of what the
/// citizen wrote or was told (Ley 39/2015 art. 70.4). A redacted message says so; its original is read (and logged
/// as every reading is) only for someone who may read originals. The export itself is logged on the person.
/// </summary>
public sealed class DataSubjectExport(IUnitOfWork unitOfWork, Redaction redaction, RequestLog log, IStringLocalizer<InboxResources> S, TimeProvider clock)
{
    // Accents stay as they are: the citizen reads this file, and it is downloaded, never embedded in a page.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FileName(DataSubject subject, DateTime utc) =>
        "datos-persona-" + subject.Person.Id.ToString(CultureInfo.InvariantCulture) + "-" + Madrid.ToLocal(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json";

    public static byte[] Serialize(DataSubjectExportDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Json);

    public async Task<DataSubjectExportDocument> ExportAsync(DataSubject subject, string userId, bool withOriginals, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        await unitOfWork.BeginAsync(cancellationToken);
        var group = subject.People;
        var people = await db.Set<Person>().AsNoTracking().Where(p => group.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var handles = (await db.Set<PersonHandle>().AsNoTracking().Where(h => group.Contains(h.PersonId)).OrderBy(h => h.Id).ToListAsync(cancellationToken)).ToLookup(h => h.PersonId);
        var requests = await db.Set<Request>().Where(r => r.PersonId != null && group.Contains(r.PersonId.Value)).OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var ids = requests.Select(r => r.Id).ToList();
        var messages = (await db.Set<RequestMessage>().Where(m => ids.Contains(m.RequestId) && m.Direction != MessageDirection.Note)
            .OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken)).ToLookup(m => m.RequestId);
        var states = (await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId != null && ids.Contains(e.RequestId.Value) && e.ToState != null)
            .OrderBy(e => e.Id).Select(e => new { RequestId = e.RequestId!.Value, e.AtUtc, ToState = e.ToState!.Value }).ToListAsync(cancellationToken)).ToLookup(e => e.RequestId);
        var surveys = (await db.Set<Survey>().AsNoTracking().Where(s => ids.Contains(s.RequestId)).OrderBy(s => s.Cycle).ToListAsync(cancellationToken)).ToLookup(s => s.RequestId);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        var exported = new List<ExportedRequest>();
        var originals = 0;
        foreach (var request in requests)
        {
            var texts = new List<ExportedMessage>();
            foreach (var message in messages[request.Id])
            {
                var original = message.Redacted && withOriginals ? await redaction.ReadOriginalAsync(request, message, userId, cancellationToken) : null;
                originals += original is null ? 0 : 1;
                texts.Add(new ExportedMessage(
                    Local(message.CreatedUtc),
                    S[InboxTexts.Direction[message.Direction]],
                    S[InboxTexts.Channel[message.Channel]],
                    message.AuthorName,
                    message.Text,
                    message.Delivery == MessageDelivery.None ? null : S[InboxTexts.Delivery[message.Delivery]].Value,
                    message.Redacted,
                    message.Redacted ? S[original is null ? "DataSubject_Export_RedactedKept" : "DataSubject_Export_RedactedOriginal"].Value : null,
                    original));
            }

            exported.Add(new ExportedRequest(
                request.Reference,
                request.PersonId!.Value,
                request.Subject,
                S[InboxTexts.Channel[request.Channel]],
                S[InboxTexts.State[request.State]],
                request.StateReason,
                request.CategoryId is { } category ? categories.GetValueOrDefault(category) : null,
                request.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
                Local(request.CreatedUtc),
                Local(request.AcknowledgedUtc),
                Local(request.UpdatedUtc),
                Local(request.ClosedUtc),
                request.PublicAnswer,
                [.. states[request.Id].Select(e => new ExportedStateChange(Local(e.AtUtc), S[InboxTexts.State[e.ToState]]))],
                texts,
                [.. surveys[request.Id].Select(s => new ExportedSurvey(s.Cycle, Local(s.SentUtc), Local(s.AnsweredUtc), s.Score, s.Solved, s.Comment))]));
        }

        var document = new DataSubjectExportDocument(
            S["DataSubject_Export_Title"],
            S["DataSubject_Export_Explanation"],
            Local(clock.GetUtcNow().UtcDateTime),
            [.. people.Select(p => new ExportedPerson(p.Id, p.DisplayName, p.MergedIntoId, Local(p.CreatedUtc),
                [.. handles[p.Id].Select(h => new ExportedHandle(S[InboxTexts.HandleKind[h.Kind]], h.Network, h.Value, h.Display, h.Verified))]))],
            exported);
        // Who exported whom and when; the references are the request's numbers, not personal data.
        await log.AppendPersonEventAsync(new RequestEvent
        {
            Kind = RequestEventKind.Exported,
            PersonId = subject.Person.Id,
            UserId = userId,
            Detail = S.Plural("DataSubject_Export_Logged", requests.Count, originals).Value,
        }, cancellationToken);
        return document;
    }

    private static DateTimeOffset Local(DateTime utc)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(Madrid.ToLocal(instant), Madrid.Zone.GetUtcOffset(instant));
    }

    private static DateTimeOffset? Local(DateTime? utc) => utc is { } value ? Local(value) : null;
}
