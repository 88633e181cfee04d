using Microsoft.AspNetCore.Mvc;
using Portal.Core.Content;

namespace Portal.IntegrationTests.Content;

/// <summary>An editor's save over HTTP, to see what a failing handler does to a request.</summary>
[Route("test/contenido")]
[IgnoreAntiforgeryToken]
public sealed class TestContentController(IContentManager content) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Create([FromForm] string itemId, [FromForm] string title)
    {
        var result = await content.CreateAsync("test", new TestModel { Title = title }, "editor", publish: true, itemId: itemId);
        return result.Succeeded ? Ok(result.Item!.ItemId) : BadRequest(result.Errors[0].Message);
    }
}
