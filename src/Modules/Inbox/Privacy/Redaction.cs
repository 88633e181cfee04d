using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Privacy;

/// <summary>A span of a message's text to strike out, in UTF-16 offsets as the page and the detector give them.</summary>
public readonly record struct RedactionSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Strikes spans out of a stored message (B3) and keeps its original encrypted with ASP.NET Core Data Protection
/// (purpose <see cref="Purpose"/>): the key ring is the one Core keeps in the database for every node, rotated and
/// kept to decrypt older texts, so there is no key of our own to store, share or lose. Reading an original is logged.
/// </summary>
public sealed class Redaction(IUnitOfWork unitOfWork, RequestLog log, IDataProtectionProvider protection, IStringLocalizer<InboxResources> S, TimeProvider clock)
{
    public const string Purpose = "Portal.Inbox.Originals";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>What is wrong with the spans for this text, in Spanish; empty when they can be applied.</summary>
    public IReadOnlyList<string> Check(string text, IReadOnlyList<RedactionSpan> spans)
    {
        if (spans.Count == 0)
        {
            return [S["Redaction_NoSpans"]];
        }

        if (spans.Any(s => s.Start < 0 || s.Length <= 0 || s.End > text.Length))
        {
            return [S["Redaction_OutOfRange", text.Length]];
        }

        var ordered = spans.OrderBy(s => s.Start).ToList();
        return ordered.Zip(ordered.Skip(1)).Any(p => p.Second.Start < p.First.End) ? [S["Redaction_Overlap"]] : [];
    }

    public async Task<IReadOnlyList<string>> RedactAsync(Request request, RequestMessage message, IReadOnlyList<RedactionSpan> spans, string userId, CancellationToken cancellationToken)
    {
        var errors = Check(message.Text, spans);
        if (errors.Count > 0)
        {
            return errors;
        }

        var db = unitOfWork.Db;
        await unitOfWork.BeginAsync(cancellationToken);
        // A second redaction strikes more out of the already redacted text: the first original is the one to keep.
        if (!await db.Set<MessageOriginal>().AnyAsync(o => o.MessageId == message.Id, cancellationToken))
        {
            db.Add(new MessageOriginal
            {
                MessageId = message.Id,
                RequestId = request.Id,
                Protected = _protector.Protect(message.Text),
                UserId = userId,
                RedactedUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        message.Text = Apply(message.Text, spans, S["Redaction_Marker"]);
        message.Redacted = true;
        await RescanAsync(request, message, cancellationToken);
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Redacted, UserId = userId, Detail = S.Plural("Redaction_Logged", spans.Count) }, message, cancellationToken);
        return [];
    }

    /// <summary>The original text of a redacted message, logged as read by <paramref name="userId"/>; null when it has none.</summary>
    public async Task<string?> ReadOriginalAsync(Request request, RequestMessage message, string userId, CancellationToken cancellationToken)
    {
        var original = await unitOfWork.Db.Set<MessageOriginal>().AsNoTracking().SingleOrDefaultAsync(o => o.MessageId == message.Id, cancellationToken);
        if (original is null)
        {
            return null;
        }

        var text = _protector.Unprotect(original.Protected);
        await unitOfWork.BeginAsync(cancellationToken);
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.OriginalRead, UserId = userId }, message, cancellationToken);
        return text;
    }

    public static string Apply(string text, IReadOnlyList<RedactionSpan> spans, string marker)
    {
        var result = new System.Text.StringBuilder(text);
        foreach (var span in spans.OrderByDescending(s => s.Start))
        {
            result.Remove(span.Start, span.Length).Insert(span.Start, marker);
        }

        return result.ToString();
    }

    /// <summary>The badges follow the text: what staff struck out no longer flags the message, nor the request.</summary>
    private async Task RescanAsync(Request request, RequestMessage message, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var kinds = PersonalDataDetector.KindsIn(message.Text);
        var flag = await db.Set<PersonalDataFlag>().SingleOrDefaultAsync(f => f.MessageId == message.Id, cancellationToken);
        message.PersonalData = kinds.Count > 0;
        if (kinds.Count == 0 && flag is not null)
        {
            db.Remove(flag);
        }
        else if (kinds.Count > 0)
        {
            if (flag is null)
            {
                flag = new PersonalDataFlag { MessageId = message.Id, RequestId = request.Id };
                db.Add(flag);
            }

            flag.Kinds = PersonalDataFlag.Join(kinds);
        }

        request.PersonalData = message.PersonalData
            || await db.Set<RequestMessage>().AnyAsync(m => m.RequestId == request.Id && m.Id != message.Id && m.PersonalData, cancellationToken);
    }
}
