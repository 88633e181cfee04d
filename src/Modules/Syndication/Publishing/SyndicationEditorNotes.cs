using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Publishing;

/// <summary>
/// Tells an editor, on the item itself, where it was posted (each network a link to its post), what is still on
/// its way and why a network refused it, with the way to the "Difusión" page to preview, retry or follow up.
/// </summary>
internal sealed class SyndicationEditorNotes(IUnitOfWork unitOfWork, IStringLocalizer<SyndicationResources> S) : IEditorNoteProvider
{
    public async Task<IReadOnlyList<EditorNote>> GetAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var db = unitOfWork.Db;
        var channels = await db.Set<Channel>().AsNoTracking().Select(c => new { c.Id, c.Name, c.State }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var posts = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.ItemId == item.ItemId && d.Kind == DeliveryKind.Post).OrderBy(d => d.ChannelId).ToListAsync(cancellationToken);
        var page = new EditorLink(S["Note_Page"], AdminMenu.ItemPath(item.ItemId));
        if (posts.Count == 0)
        {
            // The channels the editor unticked for this item are left out, as publishing will leave them out.
            var unticked = await db.Set<SyndicationChoice>().Where(c => c.ItemId == item.ItemId && !c.Enabled).Select(c => c.ChannelId).ToListAsync(cancellationToken);
            var active = channels.Values.Count(c => c.State != ChannelState.Disabled && !unticked.Contains(c.Id));
            return active == 0 ? [] : [new EditorNote(S["Note_WillPost", active], [page])];
        }

        string Name(Delivery delivery) => channels.TryGetValue(delivery.ChannelId, out var channel) ? channel.Name : "";

        var notes = new List<EditorNote>();
        var sent = posts.Where(p => p.State == DeliveryState.Sent && p.RemoteUrl is not null).ToList();
        if (sent.Count > 0)
        {
            notes.Add(new EditorNote(S["Note_PostedOn"], [.. sent.Select(p => new EditorLink(Name(p), p.RemoteUrl!))]));
        }

        var pending = posts.Where(p => DeliveryStates.Pending.Contains(p.State)).ToList();
        if (pending.Count > 0)
        {
            notes.Add(new EditorNote(S["Note_Pending", string.Join(", ", pending.Select(Name))], []));
        }

        notes.AddRange(posts.Where(p => p.State == DeliveryState.Failed).Select(p => new EditorNote(
            $"{S["Note_Failed", Name(p)]} {DeliveryErrorText.Of(p, S)}", [], IsProblem: true)));

        notes[^1] = notes[^1] with { Links = [.. notes[^1].Links, page] };
        return notes;
    }
}
