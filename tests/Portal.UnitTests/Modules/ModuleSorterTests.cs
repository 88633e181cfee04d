using Portal.Core.Modules;

namespace Portal.UnitTests.Modules;

public sealed class ModuleSorterTests
{
    [Fact]
    public void Dependencies_come_before_dependants_and_ties_break_by_order_then_id()
    {
        var sorted = ModuleSorter.Sort([Module("Blog", ["Contents"]), Module("Contents", ["Admin"]), Module("Admin", []), Module("Theme", [], order: -1), Module("Feeds", [])]);

        Assert.Equal(["Theme", "Admin", "Contents", "Blog", "Feeds"], sorted.Select(m => m.Manifest.Id));
    }

    [Fact]
    public void A_cycle_stops_start_up_naming_the_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleSorter.Sort([Module("A", ["B"]), Module("B", ["C"]), Module("C", ["A"]), Module("D", [])]));

        Assert.Contains("A, B, C", error.Message, StringComparison.Ordinal);
        Assert.Contains("A → B → C → A", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("D", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dependency_stops_start_up_naming_both_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleSorter.Sort([Module("Blog", ["Contents"])]));

        Assert.Contains("'Blog'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Contents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_depending_on_an_undeclared_feature_is_refused()
    {
        var module = new TestModule(new ModuleManifest("Blog", "Blog", "", "Content", [],
            new FeatureManifest("Blog", "Blog", "") { Dependencies = ["Search"] }));

        var error = Assert.Throws<ModuleLoadException>(() => new ModuleCatalog([module]));

        Assert.Contains("Search", error.Message, StringComparison.Ordinal);
    }

    private static TestModule Module(string id, string[] dependencies, int order = 0) =>
        new(new ModuleManifest(id, id, "", "Test", dependencies, new FeatureManifest(id, id, "")), order);

    private sealed class TestModule(ModuleManifest manifest, int order = 0) : ModuleStartup
    {
        public override ModuleManifest Manifest => manifest;

        public override int Order => order;
    }
}
