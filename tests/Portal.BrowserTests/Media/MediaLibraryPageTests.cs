using System.Text;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Media;

/// <summary>The library page in a browser: a refused upload is explained in Spanish, with and without drag and drop, and the page passes axe.</summary>
public sealed class MediaLibraryPageTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_refused_file_is_named_with_its_reason_in_Spanish_and_a_good_one_is_listed()
    {
        await SignInAsync();
        await OpenAsync("/admin/medios");
        await Page.AssertNoViolationsAsync();

        await Page.GetByLabel("Archivos", new() { Exact = true }).SetInputFilesAsync(
        [
            new FilePayload { Name = "informe.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("MZ esto es un ejecutable") },
            new FilePayload { Name = "subtitulos.vtt", MimeType = "text/vtt", Buffer = Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:02.000\nPide cita en la sede.\n") },
        ]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Subir", Exact = true }).ClickAsync();

        var alert = Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("No se ha guardado «informe.pdf»: su contenido no es de ningún tipo permitido");
        await Assertions.Expect(alert).ToContainTextAsync("Sí se han guardado: subtitulos.vtt.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "subtitulos.vtt" })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_dropped_file_is_uploaded_and_its_refusal_shown()
    {
        await SignInAsync();
        await OpenAsync("/admin/medios");
        await Assertions.Expect(Page.GetByText("También puedes arrastrar los archivos hasta aquí.")).ToBeVisibleAsync();

        var dropped = await Page.EvaluateHandleAsync("""
            () => {
                const files = new DataTransfer();
                files.items.add(new File(['WEBVTT\n\n00:00.000 --> 00:02.000\nHola\n00:02.000 --> 00:03.000\nAdiós\n'], 'arrastrado.vtt', { type: 'text/vtt' }));
                return files;
            }
            """);
        await Page.DispatchEventAsync("[data-drop-zone]", "drop", new { dataTransfer = dropped });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Subir", Exact = true }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(
            "No se ha guardado «arrastrado.vtt»: en la línea 5, el texto de un subtítulo no puede contener «-->»");
    }

    [Fact]
    public async Task The_detail_page_of_an_image_passes_axe()
    {
        await SignInAsync();
        await OpenAsync("/admin/medios");
        await Page.GetByLabel("Archivos", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "punto.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Subir", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "punto.png" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "punto.png", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }
}
