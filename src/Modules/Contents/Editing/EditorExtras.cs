using Portal.Contents.Editors;
using Portal.Contents.Feedback;
using Portal.Contents.Readability;
using Portal.Core.Content;

namespace Portal.Contents.Editing;

/// <summary>What the edit page shows beside its form.</summary>
/// <param name="Panel">The plain-language panel for the texts in the form; null for types without citizen texts.</param>
/// <param name="Feedback">What citizens answered about the item's pages; null while creating.</param>
/// <param name="Notes">What other modules say about the item (where it was shared, …).</param>
public sealed record EditorExtras(ReadabilityPanel? Panel, FeedbackSummary? Feedback, IReadOnlyList<EditorNote> Notes);

public sealed class EditorExtrasBuilder(ReadabilityPanelBuilder readability, FeedbackQuery feedback, IEnumerable<IEditorNoteProvider> noteProviders)
{
    /// <param name="shownModel">The model the form shows, stored or as typed; null leaves out the panel and the feedback.</param>
    public async Task<EditorExtras> BuildAsync(ContentItem? item, object? shownModel, CancellationToken cancellationToken)
    {
        var panel = shownModel is null ? null : await readability.BuildAsync(shownModel, cancellationToken);
        var summary = shownModel is null || item is null ? null : await feedback.SummaryAsync(item.ItemId, cancellationToken);
        var notes = new List<EditorNote>();
        if (item is not null)
        {
            foreach (var provider in noteProviders)
            {
                notes.AddRange(await provider.GetAsync(item, cancellationToken));
            }
        }

        return new EditorExtras(panel, summary, notes);
    }

    /// <summary>The panel alone, for the texts as typed (editor.js asks while the editor types).</summary>
    public Task<ReadabilityPanel?> PanelAsync(object model, CancellationToken cancellationToken) => readability.BuildAsync(model, cancellationToken);
}
