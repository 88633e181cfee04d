namespace Portal.Core.Modules;

/// <summary>Topological order on module dependencies; ties broken by <see cref="ModuleStartup.Order"/>, then id.</summary>
public static class ModuleSorter
{
    public static IReadOnlyList<ModuleStartup> Sort(IEnumerable<ModuleStartup> modules)
    {
        var byId = new Dictionary<string, ModuleStartup>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Manifest.Id, module))
            {
                throw new ModuleLoadException($"The module '{module.Manifest.Id}' is listed twice.");
            }
        }

        foreach (var module in byId.Values)
        {
            var missing = module.Manifest.Dependencies.Where(d => !byId.ContainsKey(d)).ToList();
            if (missing.Count > 0)
            {
                throw new ModuleLoadException($"The module '{module.Manifest.Id}' depends on module(s) that the host "
                    + $"does not list: {string.Join(", ", missing)}. Add them to the host's module list.");
            }
        }

        // Kahn's algorithm, always picking the lowest (Order, Id) among the modules that are ready,
        // so the result is stable from one start to the next.
        var remaining = byId.Values.ToDictionary(
            m => m.Manifest.Id,
            m => new HashSet<string>(m.Manifest.Dependencies, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
        var sorted = new List<ModuleStartup>(byId.Count);
        while (remaining.Count > 0)
        {
            var next = remaining
                .Where(r => r.Value.Count == 0)
                .Select(r => byId[r.Key])
                .OrderBy(m => m.Order)
                .ThenBy(m => m.Manifest.Id, StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault();
            if (next is null)
            {
                throw new ModuleLoadException("The modules " + string.Join(", ", remaining.Keys.Order(StringComparer.OrdinalIgnoreCase))
                    + " depend on each other in a cycle: " + DescribeCycle(remaining) + ".");
            }

            sorted.Add(next);
            remaining.Remove(next.Manifest.Id);
            foreach (var deps in remaining.Values)
            {
                deps.Remove(next.Manifest.Id);
            }
        }

        return sorted;
    }

    private static string DescribeCycle(Dictionary<string, HashSet<string>> remaining)
    {
        // Walk dependencies from any blocked module until one repeats: that walk is the cycle.
        var path = new List<string>();
        var current = remaining.Keys.Order(StringComparer.OrdinalIgnoreCase).First();
        while (!path.Contains(current, StringComparer.OrdinalIgnoreCase))
        {
            path.Add(current);
            current = remaining[current].Where(remaining.ContainsKey).Order(StringComparer.OrdinalIgnoreCase).First();
        }

        var start = path.FindIndex(p => string.Equals(p, current, StringComparison.OrdinalIgnoreCase));
        return string.Join(" → ", path.Skip(start).Append(current));
    }
}
