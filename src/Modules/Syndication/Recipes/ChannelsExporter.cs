using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Recipes;

/// <summary>
/// Every channel as the channels step reads it back: network, name, address, account, length and templates. The
/// credentials are left out on purpose, and with them whether the channel was sending: they belong to the site that
/// connected the account, and an imported channel waits for staff to connect it.
/// </summary>
internal sealed class ChannelsExporter : IRecipeExporter
{
    public string StepName => ChannelsStep.StepName;

    /// <summary>Before content, so no published item of the recipe is queued for a channel that comes later.</summary>
    public int Order => 60;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IUnitOfWork>().Db;
        var channels = await db.Set<Channel>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (channels.Count == 0)
        {
            return null;
        }

        var templates = await db.Set<ChannelTemplate>().AsNoTracking().ToListAsync(cancellationToken);
        var list = new JsonArray();
        foreach (var channel in channels)
        {
            var json = new JsonObject
            {
                ["network"] = channel.Network.ToString(),
                ["name"] = channel.Name,
                ["apiBaseUrl"] = channel.ApiBaseUrl,
                ["account"] = channel.Account,
            };
            if (channel.MaxCharacters is { } max)
            {
                json["maxCharacters"] = max;
            }

            var own = templates.Where(t => t.ChannelId == channel.Id).OrderBy(t => t.ContentType, StringComparer.Ordinal).ToList();
            if (own.Count > 0)
            {
                json["templates"] = new JsonObject(own.Select(t => KeyValuePair.Create(t.ContentType, (JsonNode?)t.Template)));
            }

            list.Add(json);
        }

        return new JsonObject { ["name"] = StepName, ["channels"] = list };
    }
}
