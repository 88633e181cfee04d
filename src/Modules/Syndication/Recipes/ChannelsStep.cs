using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Recipes;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Messages;

namespace Portal.Syndication.Recipes;

/// <summary>
/// <c>{ "name": "channels", "channels": [ { "network", "name", "apiBaseUrl", "account", "maxCharacters", "templates": { "entrada": "…" } } ] }</c>.
/// A channel is the same one when network, address and account match: its name, length and templates are updated and
/// its credentials and state kept. A new one arrives switched off and without credentials (a recipe has no place for
/// secrets), so nothing is posted from this site until staff connect the account and switch it on.
/// </summary>
internal sealed class ChannelsStep(IUnitOfWork unitOfWork, TimeProvider clock, IStringLocalizer<SyndicationResources> S) : IRecipeStep
{
    public const string StepName = "channels";
    private const string ChannelsProperty = "channels";

    public string Name => StepName;

    public Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var property in step.EnumerateObject().Where(p => p.Name is not ("name" or ChannelsProperty)))
        {
            context.AddError(RecipeJson.Child("$", property.Name), S["Recipe_UnknownProperty", property.Name]);
        }

        if (!step.TryGetProperty(ChannelsProperty, out var channels) || channels.ValueKind != JsonValueKind.Array)
        {
            context.AddError("$.channels", S["Recipe_ChannelsRequired"]);
            return Task.CompletedTask;
        }

        var seen = new HashSet<(SocialNetwork, string, string)>();
        var index = 0;
        foreach (var element in channels.EnumerateArray())
        {
            var path = RecipeJson.Item("$.channels", index++);
            ChannelInput? input;
            try
            {
                input = element.Deserialize<ChannelInput>(RecipeJson.StrictModelOptions);
            }
            catch (JsonException ex)
            {
                context.AddError(RecipeJson.Combine(path, ex.Path), S["Recipe_ChannelMismatch"]);
                continue;
            }

            if (input is null)
            {
                context.AddError(path, S["Recipe_ChannelMismatch"]);
                continue;
            }

            Validate(input, path, context.AddError);
            if (Enum.TryParse<SocialNetwork>(input.Network, ignoreCase: false, out var network) && !seen.Add((network, input.ApiBaseUrl.Trim(), input.Account.Trim())))
            {
                context.AddError(path, S["Recipe_ChannelDuplicate", input.Name]);
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        foreach (var input in step.GetProperty(ChannelsProperty).EnumerateArray().Select(e => e.Deserialize<ChannelInput>(RecipeJson.StrictModelOptions)!))
        {
            var network = Enum.Parse<SocialNetwork>(input.Network);
            var apiBaseUrl = input.ApiBaseUrl.Trim();
            var account = input.Account.Trim();
            var channel = await db.Set<Channel>().FirstOrDefaultAsync(c => c.Network == network && c.ApiBaseUrl == apiBaseUrl && c.Account == account, cancellationToken);
            if (channel is null)
            {
                channel = db.Add(new Channel
                {
                    Network = network,
                    ApiBaseUrl = apiBaseUrl,
                    Account = account,
                    ProtectedCredentials = "",
                    State = ChannelState.Disabled,
                    CreatedUtc = clock.GetUtcNow().UtcDateTime,
                }).Entity;
            }

            channel.Name = input.Name.Trim();
            channel.MaxCharacters = input.MaxCharacters;
            await db.SaveChangesAsync(cancellationToken);

            var channelId = channel.Id;
            db.RemoveRange(await db.Set<ChannelTemplate>().Where(t => t.ChannelId == channelId).ToListAsync(cancellationToken));
            db.AddRange((input.Templates ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Value))
                .Select(t => new ChannelTemplate { ChannelId = channelId, ContentType = t.Key, Template = t.Value.Trim() }));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private void Validate(ChannelInput input, string path, Action<string, string> error)
    {
        if (!Enum.TryParse<SocialNetwork>(input.Network, ignoreCase: false, out _) || int.TryParse(input.Network, out _))
        {
            error(path + ".network", S["Recipe_ChannelNetwork", input.Network, string.Join(", ", Enum.GetNames<SocialNetwork>())]);
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > Channel.NameLength)
        {
            error(path + ".name", S["Recipe_ChannelName", Channel.NameLength]);
        }

        if (!Uri.TryCreate(input.ApiBaseUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || input.ApiBaseUrl.Trim().Length > Channel.UrlLength)
        {
            error(path + ".apiBaseUrl", S["Recipe_ChannelUrl", input.ApiBaseUrl, Channel.UrlLength]);
        }

        if (input.Account.Trim().Length > Channel.AccountLength)
        {
            error(path + ".account", S["Recipe_ChannelAccount", Channel.AccountLength]);
        }

        if (input.MaxCharacters is <= 0)
        {
            error(path + ".maxCharacters", S["Recipe_ChannelMaxCharacters"]);
        }

        foreach (var (type, template) in input.Templates ?? [])
        {
            var templatePath = RecipeJson.Child(path + ".templates", type);
            if (type.Length is 0 or > ChannelTemplate.ContentTypeLength || template.Trim().Length > ChannelTemplate.TemplateLength)
            {
                error(templatePath, S["Recipe_ChannelTemplateLength", ChannelTemplate.ContentTypeLength, ChannelTemplate.TemplateLength]);
            }
            else if (!string.IsNullOrWhiteSpace(template) && MessageRenderer.Render(template, new SyndicationMessage(type, "", "", []), "").Error is { } problem)
            {
                error(templatePath, S["Validation_Template", type, problem]);
            }
        }
    }

    /// <summary>A channel as a recipe writes it; there is deliberately no property for credentials.</summary>
    private sealed record ChannelInput(string Network = "", string Name = "", string ApiBaseUrl = "", string Account = "", int? MaxCharacters = null, Dictionary<string, string>? Templates = null);
}
