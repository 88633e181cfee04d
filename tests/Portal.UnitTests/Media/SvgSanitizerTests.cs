using System.Text;
using Portal.Media.Uploads;

namespace Portal.UnitTests.Media;

public sealed class SvgSanitizerTests
{
    private static string Sanitize(string svg) => Encoding.UTF8.GetString(SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg)).Content);

    [Fact]
    public void Scripts_event_handlers_and_foreign_content_are_removed_and_the_drawing_kept()
    {
        var clean = Sanitize("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
              <script>alert(2)</script>
              <title>Plazos</title>
              <rect width="10" height="10" fill="#c00" onclick="alert(3)"/>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hola</div></foreignObject>
              <a href="javascript:alert(4)"><circle r="2"/></a>
            </svg>
            """);

        Assert.DoesNotContain("script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("foreignObject", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", clean, StringComparison.Ordinal);
        Assert.Contains("<rect width=\"10\" height=\"10\" fill=\"#c00\" />", clean, StringComparison.Ordinal);
        Assert.Contains("<title>Plazos</title>", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void References_outside_the_file_are_removed_and_internal_ones_kept()
    {
        var clean = Sanitize("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
              <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
              <use xlink:href="https://ejemplo.org/sprite.svg#icono"/>
              <use href="#g"/>
              <image href="https://ejemplo.org/rastreo.png"/>
              <rect fill="url(#g)" style="fill: url(https://ejemplo.org/x.png)"/>
              <style>@import url(https://ejemplo.org/a.css);</style>
            </svg>
            """);

        Assert.DoesNotContain("ejemplo.org", clean, StringComparison.Ordinal);
        Assert.Contains("<use href=\"#g\" />", clean, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#g)\"", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("width=\"300\" height=\"150px\"", 300, 150)]
    [InlineData("viewBox=\"0 0 1200 630.4\"", 1200, 630)]
    [InlineData("width=\"100%\" viewBox=\"0,0,64,32\"", 64, 32)]
    [InlineData("width=\"10em\"", null, null)]
    public void The_intrinsic_size_comes_from_width_and_height_or_the_viewBox(string attributes, int? width, int? height)
    {
        var svg = SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}><rect width=\"1\" height=\"1\"/></svg>"));

        Assert.Equal((width, height), (svg.Width, svg.Height));
    }

    [Theory]
    [InlineData("<html><body>no es un svg</body></html>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>")]
    [InlineData("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&a;</text></svg>")]
    public void What_is_not_a_well_formed_svg_without_a_DTD_is_refused(string content)
    {
        var error = Assert.Throws<MediaRejectedException>(() => SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(content)));

        Assert.Equal("Svg_Invalid", error.ReasonKey);
    }
}
