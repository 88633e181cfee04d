using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Parts;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

/// <summary>
/// The common part's partial, rendered as a type's editor will render it (under "Edit.Common"). No type uses it
/// yet, so it is rendered here through the host's own view engine.
/// </summary>
public sealed partial class CommonPartEditorTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Vocabularies_are_checkbox_groups_with_legends_and_the_chosen_terms_are_checked()
    {
        var model = new CommonPartEditModel { Title = "Empadronarse", Topics = ["padron-y-censo"], Audiences = ["empresa"] };

        var html = await RenderAsync(model, errors: []);

        Assert.Contains("<legend>Temas</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Hechos vitales</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Destinatarios</legend>", html, StringComparison.Ordinal);
        Assert.Contains("""<input type="checkbox" id="Edit_Common_Topics_padron-y-censo" name="Edit.Common.Topics" value="padron-y-censo" checked="checked" aria-describedby="Edit_Common_Topics_padron-y-censo-hint">""", html, StringComparison.Ordinal);
        Assert.Contains("""<label for="Edit_Common_Topics_padron-y-censo">Padrón y censo</label>""", html, StringComparison.Ordinal);
        Assert.Contains("""<input type="checkbox" id="Edit_Common_Audiences_persona" name="Edit.Common.Audiences" value="persona" aria-describedby="Edit_Common_Audiences_persona-hint">""", html, StringComparison.Ordinal);
        Assert.Contains("""<input type="checkbox" id="Edit_Common_Audiences_empresa" name="Edit.Common.Audiences" value="empresa" checked="checked" aria-describedby="Edit_Common_Audiences_empresa-hint">""", html, StringComparison.Ordinal);
        Assert.Contains("""id="Edit_Common_Title" maxlength="200" name="Edit.Common.Title" value="Empadronarse">""", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_on_a_vocabulary_shows_inside_its_fieldset()
    {
        var html = await RenderAsync(new CommonPartEditModel(), [("Edit.Common.LifeEvents", "Hechos vitales: «x» no es un hecho vital de la lista.")]);

        Assert.Contains("""<span class="field-error" id="Edit_Common_LifeEvents-error">Hechos vitales: «x» no es un hecho vital de la lista.</span>""", html, StringComparison.Ordinal);
    }

    private Task<string> RenderAsync(CommonPartEditModel model, IEnumerable<(string Key, string Message)> errors) => Host.RunAsync(async (services, _) =>
    {
        var http = new DefaultHttpContext { RequestServices = services };
        var modelState = new ModelStateDictionary();
        foreach (var (key, message) in errors)
        {
            modelState.AddModelError(key, message);
        }

        var action = new ActionContext(http, new RouteData(), new ActionDescriptor(), modelState);
        var engine = services.GetRequiredService<IRazorViewEngine>();
        var view = engine.GetView(null, "/Views/Parts/CommonPartEditor.cshtml", isMainPage: false).EnsureSuccessful(null).View!;
        var viewData = new ViewDataDictionary<CommonPartEditModel>(services.GetRequiredService<IModelMetadataProvider>(), modelState) { Model = model };
        viewData.TemplateInfo.HtmlFieldPrefix = "Edit.Common";
        await using var writer = new StringWriter();
        var context = new ViewContext(action, view, viewData, new TempDataDictionary(http, services.GetRequiredService<ITempDataProvider>()), writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        // Decoded and with whitespace collapsed, so assertions read like the markup and ignore its layout.
        return WhiteSpace().Replace(WebUtility.HtmlDecode(writer.ToString()), " ");
    });

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
