using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.PublicSite.Sections;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// A citizen-facing test model, registered under the names of the real types ("tramite", "entrada"…) so the home
/// page, topic pages, feeds and sitemap can be tested before (and without) the modules that own those types.
/// </summary>
public sealed class TestCitizenItem : ICitizenContent
{
    public CommonPart Common { get; set; } = new();

    public SeoPart Seo { get; set; } = new();

    public SocialPart Social { get; set; } = new();

    public IEnumerable<ContentText> Texts() => [];
}

public static class CitizenTestContent
{
    /// <summary>Registers <see cref="TestCitizenItem"/> under each type name, served at "/{section prefix}/{slug}".</summary>
    public static PortalHost WithCitizenTestTypes(this PortalHost host, params string[] contentTypes) => host.WithServices(services =>
    {
        foreach (var type in contentTypes)
        {
            services.AddContentType<TestCitizenItem>(type, m => m.Common.Title);
        }

        services.AddSingleton<IContentUrlProvider>(s => new CitizenUrls(s.GetRequiredService<IContentDefinitionStore>(), [.. contentTypes]));
    });

    public static Task<ContentItem> PublishCitizenItemAsync(this PortalHost host, string contentType, string title, string[]? topics = null, string[]? lifeEvents = null, string? itemId = null, bool publish = true) =>
        host.RunAsync(async (services, ct) =>
        {
            var model = new TestCitizenItem
            {
                Common = new CommonPart { Title = title, Summary = $"Resumen de {title.ToLowerInvariant()}.", Topics = [.. topics ?? []], LifeEvents = [.. lifeEvents ?? []] },
            };
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(contentType, model, PortalHost.AdminUserName, publish, itemId, ct);
            Assert.True(result.Succeeded, $"Saving \"{title}\" failed: {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
            return result.Item!;
        });

    private sealed class CitizenUrls(IContentDefinitionStore definitions, HashSet<string> types) : IContentUrlProvider
    {
        public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default)
        {
            if (!types.Contains(item.ContentType) || definitions.Find(item.ContentType) is not { } definition)
            {
                return Task.FromResult<string?>(null);
            }

            var slug = ((TestCitizenItem)ContentSerializer.Deserialize(item.Data, definition.ModelType)).Common.Slug;
            var prefix = PublicSections.ByType(item.ContentType)?.Prefix ?? item.ContentType;
            return Task.FromResult<string?>($"/{prefix}/{slug}");
        }
    }
}

/// <summary>A fresh site that knows the four citizen-facing type names through <see cref="TestCitizenItem"/>.</summary>
public class CitizenContentFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithCitizenTestTypes([.. PublicSections.All.Select(s => s.ContentType)]);
    }
}
