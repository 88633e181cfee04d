using System.Text.Json;

namespace Portal.Api.Content;

/// <summary>POST /api/content: a new item of <see cref="ContentType"/> whose model is <see cref="Data"/>.</summary>
public sealed class CreateContentRequest
{
    public string? ContentType { get; set; }

    /// <summary>The type's model, in the content store's JSON shape (camelCase, enums as text).</summary>
    public JsonElement? Data { get; set; }

    public bool Publish { get; set; }
}

/// <summary>PUT /api/content/{itemId}: the whole model again, replacing the latest version's.</summary>
public sealed class UpdateContentRequest
{
    /// <summary>The <see cref="ContentDocument.ConcurrencyStamp"/> read before editing; a newer save makes this a 409.</summary>
    public string? ConcurrencyStamp { get; set; }

    public JsonElement? Data { get; set; }

    public bool Publish { get; set; }
}

/// <summary>One item in a list: its latest version.</summary>
/// <param name="Status">"draft", "published", "publishedWithDraft" or "scheduled", as in the admin list.</param>
/// <param name="Url">The public address of the published version, if there is one.</param>
public sealed record ContentSummary(
    string ItemId, string ContentType, string Title, string Status, string Owner,
    DateTime CreatedUtc, DateTime ModifiedUtc, DateTime? PublishedUtc, string? Url);

public sealed record ContentListResponse(IReadOnlyList<ContentSummary> Items, int Page, int PageSize, int PageCount, int Total);

/// <summary>One version of an item with its model.</summary>
/// <param name="ConcurrencyStamp">Changes on every write to this version; send it back with an update.</param>
public sealed record ContentDocument(
    string ItemId, string VersionId, string ConcurrencyStamp, string ContentType, string Title, string Status,
    bool Latest, bool Published, string Owner, string Author,
    DateTime CreatedUtc, DateTime ModifiedUtc, DateTime? PublishedUtc, string? Url, JsonElement Data);
