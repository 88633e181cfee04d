using Microsoft.AspNetCore.Http;

namespace Portal.Core.Settings;

/// <summary>
/// The council's coat of arms or logo, shown beside the site name. The media module keeps it (the image lives in
/// its library and is served as its variants), so pages of other modules find this service only when it is installed.
/// </summary>
public interface ISiteLogo
{
    /// <summary>
    /// Stores the file in the media library, in the current unit of work, and makes it the site's logo. Returns the
    /// Spanish reason when the file is refused, and then nothing is stored.
    /// </summary>
    Task<string?> SetAsync(IFormFile file, string uploadedBy, CancellationToken cancellationToken = default);
}
