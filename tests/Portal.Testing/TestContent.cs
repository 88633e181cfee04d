using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Xunit;

namespace Portal.Testing;

/// <summary>A minimal content type for tests of public lists, links and caching; its items live at /prueba/{itemId}.</summary>
public sealed class TestArticle
{
    public string Title { get; set; } = "";
}

public static class TestContent
{
    public const string Type = "prueba";

    public const string UrlPrefix = "/prueba/";

    /// <summary>Registers the <see cref="TestArticle"/> type and its URL provider on the host.</summary>
    public static PortalHost WithTestContentType(this PortalHost host) => host.WithServices(services =>
    {
        services.AddContentType<TestArticle>(Type, m => m.Title);
        services.AddSingleton<IContentUrlProvider, TestArticleUrls>();
    });

    /// <summary>Creates and publishes an article as the admin, in its own unit of work, as an editor's save would.</summary>
    public static Task<ContentItem> PublishTestArticleAsync(this PortalHost host, string title) =>
        host.RunAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<IContentManager>()
                .CreateAsync(Type, new TestArticle { Title = title }, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded, $"Publishing \"{title}\" failed: {string.Join("; ", result.Errors.Select(e => e.Message))}");
            return result.Item!;
        });

    private sealed class TestArticleUrls : IContentUrlProvider
    {
        public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default) =>
            Task.FromResult(item.ContentType == Type ? UrlPrefix + item.ItemId : null);
    }
}

/// <summary>A fresh site that also knows the <see cref="TestArticle"/> type.</summary>
public class TestContentFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithTestContentType();
    }
}
