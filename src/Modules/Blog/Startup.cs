using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Blog.Posts;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Blog;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Blog.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The catalog index (from Contents) finds posts by address and lists them, so the type needs no table of its own.
        services.AddContentType<BlogPost>(BlogPost.TypeName, p => p.Common.Title, o => o.DisplayName = "Type_Post");
        services.AddContentHandler<BlogPostHandler>();
        services.AddContentEditor<BlogPostEditor>();
        services.AddContentDisplay<BlogPostDisplay>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentUrlProvider, BlogPostUrlProvider>());
    }
}
