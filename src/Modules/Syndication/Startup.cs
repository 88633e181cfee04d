using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Portal.Admin.Navigation;
using Portal.Contents.Editors;
using Portal.Core.Cluster;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Syndication.Channels;
using Portal.Syndication.Connecting;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Messages;
using Portal.Syndication.Networks;
using Portal.Syndication.Publishing;
using Portal.Syndication.Recipes;
using Portal.Syndication.Replies;
using Portal.Syndication.Replies.Networks;

namespace Portal.Syndication;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Syndication.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyndicationOptions>().BindConfiguration(SyndicationOptions.Section);
        services.AddOptions<ReplyPollingOptions>().BindConfiguration(ReplyPollingOptions.Section);
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddModelContributor<SyndicationModel>();
        services.AddMigrations(Manifest.Id, new CreateSyndicationTables(), new AddDeliveryImage(), new AddCredentialRenewalColumns(), new AddRateBudgetsAndMaxAge(), new AddChannelConnections(), new AddReplies(), new AddNoticesAndErasures());
        services.AddSingleton<CredentialProtector>();
        services.AddRecipeStep<ChannelsStep>();
        services.AddRecipeExporter<ChannelsExporter>();
        services.AddScoped<MessageSource>();
        services.AddScoped<MessagePlanner>();
        services.AddSiteSettings<SyndicatedTypesOptions>();
        services.AddScoped<SyndicatedTypes>();
        services.AddScoped<DeliveryCommands>();
        services.AddContentHandler<SyndicationContentHandler>();
        services.AddScoped<IEditorNoteProvider, SyndicationEditorNotes>();
        services.AddSingleton<IPortalInitializer, SandboxChannelsInitializer>();

        services.AddSingleton<INetworkAdapter, MastodonAdapter>();
        services.AddSingleton<INetworkAdapter, BlueskyAdapter>();
        services.AddSingleton<INetworkAdapter, TelegramAdapter>();
        services.AddSingleton<INetworkAdapter, FacebookAdapter>();
        services.AddSingleton<INetworkAdapter, XAdapter>();
        services.AddSingleton<INetworkAdapter, LinkedInAdapter>();
        services.AddSingleton<INetworkListener, MastodonListener>();
        services.AddSingleton<INetworkListener, BlueskyListener>();
        services.AddSingleton<INetworkListener, XListener>();
        services.AddSingleton<INetworkListener, LinkedInListener>();
        services.AddSingleton<INetworkListener, FacebookListener>();
        services.AddSingleton<INetworkListener, TelegramListener>();
        services.AddSingleton<IWebhookReader, FacebookWebhookReader>();
        services.AddSingleton<IWebhookReader, TelegramWebhookReader>();
        services.AddSingleton<ITokenClient, XTokenClient>();
        services.AddSingleton<ITokenClient, LinkedInTokenClient>();
        services.AddSingleton<ITokenClient, BlueskyTokenClient>();
        services.AddSingleton<CredentialStore>();
        services.AddSingleton<CredentialRefresher>();
        services.AddSingleton<ChannelWarnings>();
        services.AddSingleton<CredentialEditor>();
        services.AddSingleton<ConnectSecrets>();
        services.AddScoped<ChannelConnector>();
        services.AddScoped<IDashboardNoticeProvider, ChannelsDashboardNotice>();
        services.AddScoped<IDashboardNoticeProvider, RepliesDashboardNotice>();

        var timeout = configuration.GetSection(SyndicationOptions.Section).Get<SyndicationOptions>()?.HttpTimeout ?? new SyndicationOptions().HttpTimeout;
        services.AddHttpClient(DeliveryProcessor.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(o =>
            {
                // A 429 is obeyed by the channel's budget (the reset the network names), never retried at once: an
                // immediate retry spends what is left of the budget, and a refusal would count against the circuit.
                o.Retry.ShouldHandle = args => ValueTask.FromResult(!IsTooManyRequests(args.Outcome) && HttpClientResiliencePredicates.IsTransient(args.Outcome));
                o.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(!IsTooManyRequests(args.Outcome) && HttpClientResiliencePredicates.IsTransient(args.Outcome));

                // The standard handler retries POSTs, which would post twice: only the dispatcher decides to send again.
                o.Retry.DisableForUnsafeHttpMethods();
                o.AttemptTimeout.Timeout = timeout;
                o.TotalRequestTimeout.Timeout = timeout * 3;
                o.CircuitBreaker.SamplingDuration = timeout * 2;
            })
            .SelectPipelineByAuthority();

        services.AddSingleton<DeliverySignal>();
        services.AddClusterSignalHandler<DeliveryWake>();
        services.AddSingleton<RateBudgets>();
        services.AddSingleton<DeliveryExpiry>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddHostedService<DeliveryDispatcher>();

        services.AddSingleton<ReplySanitizer>();
        services.AddSingleton<ReplyFeed>();
        services.AddSingleton<ReplyWake>();
        services.AddSingleton<IClusterSignalHandler>(sp => sp.GetRequiredService<ReplyWake>());
        services.AddSingleton<ReactionImporter>();
        services.AddSingleton<ReadBudgets>();
        services.AddSingleton<ReplyLeases>();
        services.AddSingleton<ReplyReader>();
        services.AddSingleton<ReplyLookup>();
        services.AddSingleton<SentDeliveries>();
        services.AddScoped<AnswerCommands>();
        services.AddScoped<BlockList>();
        services.AddScoped<ConversationQuery>();
        services.AddScoped<AnswerCheck>();
        services.AddHostedService<ReplyPoller>();
    }

    private static bool IsTooManyRequests(Outcome<HttpResponseMessage> outcome) => outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TrackingLinks.Map(endpoints);
        WebhookEndpoints.Map(endpoints);
    }
}
