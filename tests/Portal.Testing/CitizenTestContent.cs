using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.PublicSite.Sections;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// A citizen-facing test model, registered under the names of the real types ("tramite", "entrada"…) that no
/// installed module owns, so the home page, topic pages, feeds and sitemap are tested whichever types exist.
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
    /// <summary>Registers <see cref="TestCitizenItem"/> under each type name not installed yet, served at "/{type}/{slug}".</summary>
    public static PortalHost WithCitizenTestTypes(this PortalHost host, params string[] contentTypes) => host.WithServices(services =>
    {
        // A type whose module is installed keeps its real model and URLs; the others are stood in for.
        var missing = contentTypes
            .Where(type => !services.Any(d => d.ImplementationInstance is ContentTypeDefinition t && t.Name == type))
            .ToArray();
        foreach (var type in missing)
        {
            services.AddContentType<TestCitizenItem>(type, m => m.Common.Title, o => o.Path = ContentPath.AtSlug<TestCitizenItem>(type, m => m.Common.Slug));
        }
    });

    /// <param name="configure">Changes the model before it is saved (an image, a field the test is about).</param>
    public static Task<ContentItem> PublishCitizenItemAsync(
        this PortalHost host, string contentType, string title, string[]? topics = null, string[]? lifeEvents = null, string? itemId = null, bool publish = true, Action<object>? configure = null) =>
        host.RunAsync(async (services, ct) =>
        {
            var common = new CommonPart { Title = title, Summary = $"Resumen de {title.ToLowerInvariant()}.", Topics = [.. topics ?? []], LifeEvents = [.. lifeEvents ?? []] };
            var definition = services.GetRequiredService<IContentDefinitionStore>().Find(contentType)
                ?? throw new InvalidOperationException($"No content type \"{contentType}\" is registered.");
            var model = definition.ModelType == typeof(TestCitizenItem) ? new TestCitizenItem { Common = common } : SampleOf(definition, common);
            configure?.Invoke(model);
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(contentType, model, PortalHost.AdminUserName, publish, itemId, ct);
            Assert.True(result.Succeeded, $"Saving \"{title}\" failed: {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
            return result.Item!;
        });

    /// <summary>
    /// A complete item of a real type: the default recipe's first sample of it, so it passes the type's own
    /// publishing rules, under the given common part.
    /// </summary>
    private static object SampleOf(ContentTypeDefinition definition, CommonPart common)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "recipes", "portal.recipe.json")));
        var data = recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Where(step => step.GetProperty("name").GetString() == "content")
            .SelectMany(step => step.GetProperty("items").EnumerateArray())
            .First(item => item.GetProperty("contentType").GetString() == definition.Name)
            .GetProperty("data");
        var model = ContentSerializer.Deserialize(data.GetRawText(), definition.ModelType);
        if (common.Topics.Count == 0)
        {
            // Some types need a topic to publish; a test that names none does not care which.
            common.Topics = [.. ((ICitizenContent)model).Common.Topics];
        }

        ((ICitizenContent)model).Common = common;
        return model;
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
