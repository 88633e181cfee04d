using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Hosting;

namespace Portal.Contents.Editors;

/// <summary>The content types the admin can edit, with their editors, displays and Spanish names.</summary>
public sealed class ContentTypeCatalog(
    IContentDefinitionStore definitions,
    IEnumerable<IContentEditor> editors,
    IEnumerable<IContentDisplay> displays,
    IStringLocalizerFactory localizers)
{
    private readonly Dictionary<string, IContentEditor> _editors = editors.ToDictionary(e => e.ContentType, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IContentDisplay> _displays = displays.ToDictionary(d => d.ContentType, StringComparer.OrdinalIgnoreCase);

    /// <summary>Types that have an editor, in the order their modules registered them.</summary>
    public IReadOnlyList<ContentTypeDefinition> EditableTypes =>
        [.. definitions.Types.Where(t => _editors.ContainsKey(t.Name))];

    public ContentTypeDefinition? Find(string contentType) => definitions.Find(contentType);

    public IContentEditor? Editor(string contentType) => _editors.GetValueOrDefault(contentType);

    public IContentDisplay? Display(string contentType) => _displays.GetValueOrDefault(contentType);

    /// <summary>The type's Spanish name, read from the resources of the module that declares the model.</summary>
    public string DisplayName(string contentType)
    {
        var type = definitions.Find(contentType);
        if (type is null)
        {
            return contentType;
        }

        var resources = ModuleResources.For(type.ModelType.Assembly);
        if (resources is null)
        {
            return type.DisplayName;
        }

        var name = localizers.Create(resources)[type.DisplayName];
        return name.ResourceNotFound ? type.DisplayName : name.Value;
    }
}
