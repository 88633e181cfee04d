using System.Net.Http.Headers;
using Portal.Media.Sharing;

namespace Portal.Syndication.Networks;

/// <summary>The image as request bodies: a multipart form part (Mastodon, X, Telegram, Facebook) or raw bytes (Bluesky, LinkedIn).</summary>
internal static class ImageContent
{
    public static MultipartFormDataContent Form(AttachedImage image, string fileField, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(Bytes(image), fileField, SharedImageFile.FileName);
        return form;
    }

    public static ByteArrayContent Bytes(AttachedImage image)
    {
        var content = new ByteArrayContent(image.File.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(SharedImageFile.ContentType);
        return content;
    }
}
