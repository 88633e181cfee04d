using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Portal.Core.Content;

/// <summary>
/// Refuses a content model any of whose texts is longer than its <see cref="TextLimitAttribute"/> (or
/// <see cref="TextLimits.Paragraph"/>), or any of whose lists has more than <see cref="TextLimits.Entries"/> entries.
/// It walks the model's own types (those of Portal's assemblies) by reflection, so a field a module adds tomorrow is
/// bounded too without anyone remembering to.
/// </summary>
public sealed class ContentTextLimits(IStringLocalizer<CoreResources> S)
{
    // Content models nest a few levels (a trámite's steps hold channels); deeper means a cycle or a mistake.
    private const int MaxDepth = 8;

    private readonly ConcurrentDictionary<Type, (PropertyInfo Property, int Limit)[]> _properties = new();

    public IReadOnlyList<ContentError> Check(object model)
    {
        var errors = new List<ContentError>();
        WalkObject(model, "", 0, errors);
        return errors;
    }

    private void WalkObject(object model, string path, int depth, List<ContentError> errors)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var (property, limit) in _properties.GetOrAdd(model.GetType(), PropertiesOf))
        {
            Walk(property.GetValue(model), Join(path, property.Name), limit, depth + 1, errors);
        }
    }

    private void Walk(object? value, string path, int limit, int depth, List<ContentError> errors)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Length > limit)
                {
                    errors.Add(new ContentError(path, S["Content_TextTooLong", limit, text.Length]));
                }

                return;
            case IDictionary map:
                if (!WithinEntries(map.Count, path, errors))
                {
                    return;
                }

                foreach (DictionaryEntry entry in map)
                {
                    var key = entry.Key.ToString() ?? "";
                    Walk(key, path, TextLimits.Line, depth, errors);
                    Walk(entry.Value, Join(path, key), limit, depth + 1, errors);
                }

                return;
            case IList list:
                if (!WithinEntries(list.Count, path, errors))
                {
                    return;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i], $"{path}[{i}]", limit, depth + 1, errors);
                }

                return;
            default:
                if (IsModelType(value.GetType()))
                {
                    WalkObject(value, path, depth, errors);
                }

                return;
        }
    }

    private bool WithinEntries(int count, string path, List<ContentError> errors)
    {
        if (count <= TextLimits.Entries)
        {
            return true;
        }

        errors.Add(new ContentError(path, S["Content_TooManyEntries", TextLimits.Entries, count]));
        return false;
    }

    private static (PropertyInfo, int)[] PropertiesOf(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => (p, p.GetCustomAttribute<TextLimitAttribute>()?.MaxLength ?? TextLimits.Paragraph)),
    ];

    private static bool IsModelType(Type type) =>
        type.IsClass && type.Assembly.GetName().Name?.StartsWith("Portal.", StringComparison.Ordinal) == true;

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
