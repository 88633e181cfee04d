using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Navigation;
using Portal.Core.Cluster;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Theming;
using Portal.Inbox.Access;
using Portal.Inbox.Acknowledgements;
using Portal.Inbox.Answers;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Clocks;
using Portal.Inbox.DataSubjects;
using Portal.Inbox.Desk;
using Portal.Inbox.Intake;
using Portal.Inbox.People;
using Portal.Inbox.Privacy;
using Portal.Inbox.Recipes;
using Portal.Inbox.Reports;
using Portal.Inbox.Requests;
using Portal.Inbox.Routing;
using Portal.Inbox.Surveys;
using Portal.Inbox.Units;

namespace Portal.Inbox;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Inbox.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddModelContributor<InboxModel>();
        services.AddModelContributor<SurveyModel>();
        services.AddModelContributor<DeskModel>();
        services.AddMigrations(Manifest.Id, new CreateInbox(), new AddClocks(), new AddPrivacy(), new AddDesk(), new AddSurveys(), new AddSubjectStatistics());
        services.AddSiteSettings<InboxSettings>();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);

        services.AddSingleton<InboxFeed>();
        services.AddClusterSignalHandler<InboxWake>();
        services.AddScoped<RequestLog>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<RequestAccess>();
        services.AddScoped<PersonMerges>();

        services.AddScoped<IChannelSender, SocialChannelSender>();
        services.AddScoped<RequestAnswers>();
        services.AddScoped<IRequestAnswerSender>(sp => sp.GetRequiredService<RequestAnswers>());
        services.AddScoped<ReplyIntake>();
        services.AddScoped<SocialDeliveryStates>();
        services.AddBackgroundTask<ReplyIntakeTask>();
        services.AddScoped<RequestAcknowledgement>();
        services.AddBackgroundTask<AcknowledgementTask>();
        services.AddScoped<SurveySender>();
        services.AddBackgroundTask<SurveyTask>();

        services.AddScoped<InboxQuery>();
        services.AddScoped<RequestDesk>();
        services.AddScoped<IAdminMenuBadgeProvider, InboxBadge>();
        services.AddScoped<IFooterLinkProvider, TransparencyFooterLink>();
        services.AddScoped<UnitAdministration>();
        services.AddScoped<RuleAdministration>();
        services.AddScoped<IRequestObserver, RoutingObserver>();
        services.AddScoped<CannedAnswerAdministration>();
        services.AddScoped<PlainAnswerCheck>();

        services.AddModelContributor<ClocksModel>();
        services.AddSiteSettings<ClockSettings>();
        services.AddSingleton<ClockRulesCache>();
        services.AddSingleton<IClusterSignalHandler>(sp => sp.GetRequiredService<ClockRulesCache>());
        services.AddScoped<IRequestObserver, ClockObserver>();
        services.AddScoped<RequestDeadlines>();
        services.AddBackgroundTask<ClockWarningTask>();
        services.AddScoped<IDashboardNoticeProvider, DeadlinesDashboardNotice>();
        services.AddScoped<ResponseReport>();

        services.AddModelContributor<PrivacyModel>();
        services.AddScoped<IRequestObserver, PersonalDataObserver>();
        services.AddSingleton<PersonalDataGuard>();
        services.AddScoped<MoveToPrivate>();
        services.AddScoped<Redaction>();
        services.AddScoped<RedactionPanel>();
        services.AddScoped<Retention>();
        services.AddBackgroundTask<RetentionTask>();
        services.AddScoped<RequestAnonymiser>();

        services.AddScoped<DataSubjectLookup>();
        services.AddScoped<DataSubjectExport>();
        services.AddScoped<DataSubjectErasure>();

        services.AddRecipeStep<InboxStep>();
        services.AddRecipeExporter<InboxExporter>();
        services.AddScoped<InboxImport>();
    }
}
