using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Portal.Tramites.Model;

namespace Portal.Tramites.Display;

/// <summary>
/// The trámite as schema.org data (content-model.md §8): a <c>GovernmentService</c> inside a <c>WebPage</c> that
/// says when it was modified and last reviewed, with the breadcrumb.
/// </summary>
public sealed class TramiteJsonLd(IStringLocalizer<TramitesResources> S)
{
    /// <param name="pageUrl">The trámite's absolute address.</param>
    /// <param name="indexUrl">The absolute address of the list of trámites.</param>
    /// <param name="lastReviewed">The day the owner last confirmed the text: the version's publication.</param>
    public JsonObject Build(TramiteView view, string pageUrl, string homeUrl, string indexUrl, string indexName, string organization, DateTime modifiedUtc, DateOnly lastReviewed)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = view.Tramite;
        var provider = new JsonObject
        {
            ["@type"] = "GovernmentOrganization",
            ["name"] = string.IsNullOrWhiteSpace(t.Common.ResponsibleUnit.Name) ? organization : t.Common.ResponsibleUnit.Name,
        };
        if (!string.IsNullOrWhiteSpace(t.Common.ResponsibleUnit.Dir3Code))
        {
            provider["identifier"] = PropertyValue("DIR3", t.Common.ResponsibleUnit.Dir3Code);
        }

        var service = new JsonObject
        {
            ["@type"] = "GovernmentService",
            ["name"] = view.Title,
            ["description"] = t.Common.Summary,
            ["url"] = pageUrl,
            ["serviceType"] = S[t.Kind == TramiteKind.Procedure ? "Kind_Procedure" : "Kind_Service"].Value,
            ["provider"] = provider,
            ["serviceOperator"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = organization },
            ["areaServed"] = new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = organization },
            ["audience"] = new JsonObject { ["@type"] = "Audience", ["audienceType"] = t.WhoCanApply },
            ["offers"] = Offers(t),
            ["availableChannel"] = new JsonArray([.. t.Channels.Select(c => Channel(c, t))]),
        };
        if (!string.IsNullOrWhiteSpace(t.SiaCode))
        {
            service["identifier"] = PropertyValue(S["Tramite_SiaCode"], t.SiaCode.Trim());
        }

        var laws = t.Legislation.Where(l => !string.IsNullOrWhiteSpace(l.Url)).Select(l => (JsonNode)JsonValue.Create(l.Url!)!).ToArray();
        if (laws.Length > 0)
        {
            service["termsOfService"] = new JsonArray(laws);
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["@id"] = pageUrl,
            ["url"] = pageUrl,
            ["name"] = view.Title,
            ["inLanguage"] = "es",
            ["dateModified"] = modifiedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["lastReviewed"] = lastReviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["reviewedBy"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = string.IsNullOrWhiteSpace(t.Common.ContentOwner.Unit) ? organization : t.Common.ContentOwner.Unit },
            ["breadcrumb"] = new JsonObject
            {
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = new JsonArray(
                    Crumb(1, organization, homeUrl),
                    Crumb(2, indexName, indexUrl),
                    Crumb(3, view.Title, pageUrl)),
            },
            ["mainEntity"] = service,
        };
    }

    /// <summary>ISO 8601 durations; working days have no ISO form, so they count as days.</summary>
    public static string? IsoDuration(ResolutionTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.Number is { } n ? time.Unit == ResolutionUnit.Months ? $"P{n}M" : $"P{n}D" : null;
    }

    private static JsonObject Offers(TramiteContent t)
    {
        var total = t.Free ? 0m : t.Fees.Sum(f => f.Amount);
        return new JsonObject
        {
            ["@type"] = "Offer",
            ["price"] = total.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            ["priceCurrency"] = "EUR",
        };
    }

    private JsonObject Channel(TramiteChannel c, TramiteContent t)
    {
        var channel = new JsonObject
        {
            ["@type"] = "ServiceChannel",
            ["name"] = c.Kind == ChannelKind.Other && !string.IsNullOrWhiteSpace(c.Name) ? c.Name : S[TramitesTexts.ChannelName[c.Kind]].Value,
            ["availableLanguage"] = new JsonArray([.. t.Languages.Select(l => (JsonNode)JsonValue.Create(l)!)]),
        };
        if ((IsoDuration(t.MaxResolutionTime) ?? IsoDuration(t.AverageResolutionTime)) is { } duration)
        {
            channel["processingTime"] = duration;
        }

        if (!string.IsNullOrWhiteSpace(c.Url))
        {
            channel["serviceUrl"] = c.Url;
        }

        var phone = c.Kind == ChannelKind.InPerson ? c.AppointmentPhone : c.Phone;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            channel["servicePhone"] = new JsonObject { ["@type"] = "ContactPoint", ["telephone"] = phone };
        }

        if (c.Kind == ChannelKind.InPerson)
        {
            channel["serviceLocation"] = new JsonObject
            {
                ["@type"] = "GovernmentOffice",
                ["name"] = c.Office,
                ["address"] = c.Address,
                ["openingHours"] = c.Hours,
            };
        }

        return channel;
    }

    private static JsonObject PropertyValue(string name, string value) =>
        new() { ["@type"] = "PropertyValue", ["propertyID"] = name, ["value"] = value };

    private static JsonObject Crumb(int position, string name, string url) =>
        new() { ["@type"] = "ListItem", ["position"] = position, ["name"] = name, ["item"] = url };
}
