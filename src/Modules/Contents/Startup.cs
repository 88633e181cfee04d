using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Admin;
using Portal.Contents.Catalog;
using Portal.Contents.Editing;
using Portal.Admin.Navigation;
using Portal.Contents.Editors;
using Portal.Contents.Feedback;
using Portal.Contents.Markdown;
using Portal.Contents.PageType;
using Portal.Contents.Parts;
using Portal.Contents.Readability;
using Portal.Contents.Review;
using Portal.Contents.Routing;
using Portal.Contents.Scheduling;
using Portal.Contents.Security;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Contents;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Contents.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddMigrations(Manifest.Id, new CreatePageIndex(), new CreateContentSchedules(), new CreateCatalogIndexes(), new CreatePageFeedback(),
            new RenumberDuplicateSlugs(), new CreateUniqueSlugIndexes());

        // The generic content admin, and what other content modules reuse.
        services.AddScoped<ContentTypeCatalog>();
        services.AddScoped<ContentAuthorizer>();
        services.AddScoped<ContentEditing>();
        services.AddScoped<EditorScreens>();
        services.AddScoped<EditorExtrasBuilder>();
        services.AddScoped<ContentListQuery>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<SiteTime>();
        services.AddSingleton<ReservedPaths>();
        // One edit page serves new items too, at an address of their own. (AddPageRoute would not do: it stops
        // links to the page's own route, so forms of existing items would post nowhere.)
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRouteModelConvention("/Admin/Contents/Edit", page =>
            page.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = "admin/contenidos/nuevo/{contentType}" } })));

        // The parts the citizen-facing types share.
        services.AddSingleton<CommonPartRules>();
        services.AddSingleton<SeoPartRules>();
        services.AddSingleton<SocialPartRules>();
        services.AddScoped<CommonPartValidator>();

        // The catalog of citizen-facing items: shared rules, and the indexes lists, feeds and review read.
        services.AddContentHandler<CitizenContentHandler>();
        services.AddContentIndex<CatalogIndex, CatalogIndexProvider>(e =>
        {
            e.ToTable(CatalogIndex.TableName);
            e.Property(i => i.ContentType).HasMaxLength(CatalogIndex.ContentTypeLength);
            e.Property(i => i.Slug).HasMaxLength(Slugs.MaxLength);
            e.Property(i => i.Title).HasMaxLength(CatalogIndex.TextLength);
            e.Property(i => i.Summary).HasMaxLength(CatalogIndex.TextLength);
            e.Property(i => i.OwnerEmail).HasMaxLength(CatalogIndex.TextLength);
            e.HasIndex(i => new { i.ContentType, i.Slug });
            e.HasIndex(i => new { i.ContentType, i.Slug }, CreateUniqueSlugIndexes.CatalogLatest).IsUnique().HasFilter(CreateUniqueSlugIndexes.LatestFilter);
            e.HasIndex(i => new { i.ContentType, i.Slug }, CreateUniqueSlugIndexes.CatalogPublished).IsUnique().HasFilter(CreateUniqueSlugIndexes.PublishedFilter);
            e.HasIndex(i => i.ItemId);
            e.HasIndex(i => i.NextReviewDate);
        });
        services.AddModelContributor<CatalogModel>();
        services.AddScoped<IContentIndexProvider, CatalogTermIndexProvider>();
        services.AddScoped<CatalogQuery>();
        services.AddScoped<CitizenPages>();

        // Editors' help: the plain-language panel, the review list and its dashboard count.
        services.AddScoped<ReadabilityPanelBuilder>();
        services.AddScoped<ReviewQuery>();
        services.AddScoped<IDashboardNoticeProvider, ReviewDashboardNotice>();

        // "¿Te ha resultado útil esta página?"
        services.AddModelContributor<PageFeedbackModel>();
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section);
        services.AddSingleton<FeedbackRateLimiter>();
        services.AddScoped<FeedbackStore>();
        services.AddScoped<FeedbackQuery>();

        // Publish and unpublish later.
        services.AddModelContributor<ContentScheduleModel>();
        services.AddScoped<ContentSchedules>();
        services.AddScoped<ScheduleForm>();
        services.AddScoped<PublishReadiness>();
        services.AddContentHandler<ScheduleContentHandler>();
        services.AddBackgroundTask<PublishLaterTask>();

        // The "page" type.
        services.AddContentType<PageContent>(PageContent.TypeName, p => p.Title, o =>
        {
            o.DisplayName = "Type_Page";
            o.Path = ContentPath.AtSlug<PageContent>("", p => p.Slug);

            // Pages hold the institutional and legal texts (the council, contact, legal notice, data protection).
            o.SyndicatedByDefault = false;
        });
        services.AddContentIndex<PageIndex, PageIndexProvider>(e =>
        {
            e.ToTable(PageIndex.TableName);
            e.Property(i => i.Slug).HasMaxLength(Slugs.MaxLength);
            e.HasIndex(i => new { i.Slug, i.Published });
            e.HasIndex(i => i.Slug, CreateUniqueSlugIndexes.PageLatest).IsUnique().HasFilter(CreateUniqueSlugIndexes.LatestFilter);
            e.HasIndex(i => i.Slug, CreateUniqueSlugIndexes.PagePublished).IsUnique().HasFilter(CreateUniqueSlugIndexes.PublishedFilter);
            e.HasIndex(i => i.ItemId);
        });
        services.AddContentHandler<PageContentHandler>();
        services.AddContentEditor<PageEditor>();
        services.AddContentDisplay<PageDisplay>();
        services.AddScoped<PublishedPages>();
    }
}
