using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Editors;
using Portal.Core.Modules;
using Portal.Blog.Posts;

namespace Portal.Blog;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Blog.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The catalog index (from Contents) finds posts by address and lists them, so the type needs no table of its own.
        services.AddCitizenType<BlogPost, BlogPostHandler, BlogPostEditor, BlogPostDisplay>(BlogPost.TypeName, BlogPost.Prefix, "Type_Post");
    }
}
