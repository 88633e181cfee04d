using Portal.Core.Localization;
using Portal.Blog.Posts;

namespace Portal.Blog;

/// <summary>The keys of the texts in <see cref="BlogResources"/> that a value chooses, one set per kind of text.</summary>
public static class BlogTexts
{
    public static readonly ResourceKeys<PostKind, BlogResources> Kind = new("Kind", Enum.GetValues<PostKind>());
}
