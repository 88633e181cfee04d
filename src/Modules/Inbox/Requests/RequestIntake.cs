using System.Security.Cryptography;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;

namespace Portal.Inbox.Requests;

/// <summary>A citizen's message as a channel hands it to the inbox; who sent it matters only to open a request.</summary>
public sealed record InboundMessage(InboxChannel Channel, DateTime AtUtc, string Text, string AuthorName)
{
    public int? ChannelId { get; init; }

    public long? InteractionId { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>The content item it answers, when it came under one of our posts.</summary>
    public string? ItemId { get; init; }
}

/// <summary>
/// Where every channel's inbound messages enter: a new request with its reference, or one more message on an
/// existing request (which a finished request reopens for a new cycle). Runs in the caller's transaction.
/// </summary>
public sealed class RequestIntake(IUnitOfWork unitOfWork, RequestLog log, PeopleDirectory people, ISiteSettingsStore settings)
{
    private const int SubjectWords = 12;

    /// <summary>Starts the unique placeholder a new request holds until it is numbered; no reference starts so.</summary>
    private const char ProvisionalMark = '~';

    public async Task<(Request Request, RequestMessage Message)> OpenAsync(InboundMessage inbound, SenderHandle sender, CancellationToken cancellationToken)
    {
        var person = await people.FindOrCreateAsync(sender, inbound.AuthorName, cancellationToken);
        var request = await NewRequestAsync(person.Id, inbound.Channel, inbound.Text, inbound.ItemId, inbound.AtUtc, cancellationToken);
        var message = MessageOf(request, inbound);
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Created, ToState = RequestState.New, AtUtc = inbound.AtUtc }, message, cancellationToken);
        await NumberAsync(request, cancellationToken);
        return (request, message);
    }

    /// <summary>
    /// Moves <paramref name="messages"/> (a citizen's, oldest first) out of <paramref name="source"/> into a new
    /// request of the same person, with its own reference; it keeps the source's unit and category so the member of
    /// staff who split it still has it.
    /// </summary>
    public async Task<Request> SplitAsync(Request source, IReadOnlyList<RequestMessage> messages, string userId, CancellationToken cancellationToken)
    {
        var first = messages[0];
        var request = await NewRequestAsync(source.PersonId, first.Channel, first.Text, source.ItemId, first.CreatedUtc, cancellationToken);
        request.UnitId = source.UnitId;
        request.CategoryId = source.CategoryId;
        request.LastInboundUtc = messages.Max(m => m.CreatedUtc);
        foreach (var message in messages)
        {
            message.RequestId = request.Id;
        }

        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Created, ToState = RequestState.New, UserId = userId, Detail = source.Reference, AtUtc = first.CreatedUtc }, first, cancellationToken);
        await NumberAsync(request, cancellationToken);
        await log.AppendAsync(source, new RequestEvent { Kind = RequestEventKind.Split, UserId = userId, MessageId = first.Id, Detail = request.Reference }, null, cancellationToken);
        return request;
    }

    private async Task<Request> NewRequestAsync(long? personId, InboxChannel channel, string text, string? itemId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var token = NewToken();
        var request = new Request
        {
            Reference = ProvisionalMark + token,
            Year = Madrid.Year(atUtc),
            PersonId = personId,
            State = RequestState.New,
            Channel = channel,
            Subject = SubjectOf(text),
            ItemId = itemId,
            PublicToken = token,
            CreatedUtc = atUtc,
            UpdatedUtc = atUtc,
            LastInboundUtc = atUtc,
            AwaitingStaff = true,
        };
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>
    /// Gives the request its reference as the last write of its opening. The counter row stays locked until the
    /// transaction ends, so everything else (the person, the observers' routing, clocks and privacy checks) is done
    /// before it is taken: concurrent openings on any node queue only for this update and the commit.
    /// </summary>
    private async Task NumberAsync(Request request, CancellationToken cancellationToken)
    {
        var prefix = (await settings.GetAsync<InboxSettings>(unitOfWork.Db, cancellationToken)).ReferencePrefix;
        request.Number = await ReferenceAllocator.NextAsync(unitOfWork.Db, prefix, request.Year, cancellationToken);
        request.Reference = ReferenceNumbers.Format(prefix, request.Year, request.Number);
        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One more message from the citizen; a finished request is reopened, starting a new resolution cycle.</summary>
    public async Task<RequestMessage> AppendAsync(Request request, InboundMessage inbound, CancellationToken cancellationToken)
    {
        var message = MessageOf(request, inbound);
        request.LastInboundUtc = inbound.AtUtc > request.LastInboundUtc ? inbound.AtUtc : request.LastInboundUtc;
        request.AwaitingStaff = true;
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.MessageReceived, AtUtc = inbound.AtUtc }, message, cancellationToken);
        if (RequestStates.IsFinished(request.State) && request.State != RequestState.Duplicate)
        {
            await log.ChangeStateAsync(request, RequestState.Reopened, null, null, cancellationToken);
        }
        else if (request.State == RequestState.WaitingForCitizen)
        {
            // The citizen answered what we were waiting for: the clocks run again without anyone moving the request.
            await log.ChangeStateAsync(request, RequestState.InProgress, null, null, cancellationToken);
        }

        return message;
    }

    private RequestMessage MessageOf(Request request, InboundMessage inbound)
    {
        var message = new RequestMessage
        {
            RequestId = request.Id,
            Direction = MessageDirection.Inbound,
            Purpose = MessagePurpose.Message,
            Channel = inbound.Channel,
            ChannelId = inbound.ChannelId,
            InteractionId = inbound.InteractionId,
            ExternalId = inbound.ExternalId,
            AuthorName = Cut(inbound.AuthorName, RequestMessage.NameLength),
            Text = Cut(inbound.Text, RequestMessage.TextLength),
            Delivery = MessageDelivery.None,
            CreatedUtc = inbound.AtUtc,
        };
        unitOfWork.Db.Add(message);
        return message;
    }

    /// <summary>The first words of the message: enough to tell requests apart in the list.</summary>
    public static string SubjectOf(string text)
    {
        var words = text.Split((char[]?)null, SubjectWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var subject = string.Join(' ', words.Take(SubjectWords)) + (words.Length > SubjectWords ? "…" : "");
        return Cut(subject, Request.SubjectLength);
    }

    /// <summary>128 random bits in URL-safe base 64: the only key to the public status page.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
