using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Contents;
using Portal.Contents.Parts;

namespace Portal.UnitTests.Contents;

public sealed class PartRulesTests
{
    private static readonly IStringLocalizer<ContentsResources> S = new StringLocalizer<ContentsResources>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly KnownTerms Terms = new(
        new HashSet<string> { "empleo", "vivienda" },
        new HashSet<string> { "buscar-empleo" },
        new HashSet<string> { "persona", "empresa" });

    private static readonly CommonPartRules Rules = new(S);

    private static CommonPart Complete() => new()
    {
        Title = "Empadronarse en el municipio",
        Summary = "Cómo inscribirte en el padrón si vives en el municipio.",
        Topics = ["empleo"],
        LifeEvents = ["buscar-empleo"],
        Audiences = ["persona"],
        NextReviewDate = Today,
    };

    private static List<string> Errors(CommonPart part, bool publishing = true) =>
        Rules.Errors(part, publishing, Today, Terms, "Common").Select(e => $"{e.Field}: {e.Message}").ToList();

    [Fact]
    public void A_complete_part_passes()
    {
        Assert.Empty(Errors(Complete()));
        Assert.Empty(Rules.Warnings(Complete(), "Common"));
    }

    [Fact]
    public void Publishing_needs_a_title_and_a_summary_and_says_which_field_in_Spanish()
    {
        var part = Complete();
        part.Title = "  ";
        part.Summary = "";

        Assert.Equal(
        [
            "Common.Title: Falta el título: es obligatorio para publicar.",
            "Common.Summary: Falta el resumen: es obligatorio para publicar.",
        ], Errors(part));
    }

    [Fact]
    public void A_draft_may_be_incomplete()
    {
        var part = Complete();
        part.Title = "";
        part.Summary = "Sin punto";
        part.ChangeType = ChangeType.Major;

        Assert.Empty(Errors(part, publishing: false));
    }

    [Theory]
    [InlineData("Cómo inscribirte en el padrón", false)]
    [InlineData("¿Cómo inscribirte en el padrón?", false)]
    [InlineData("Cómo inscribirte en el padrón.  ", true)]
    public void The_summary_ends_with_a_full_stop(string summary, bool accepted)
    {
        var part = Complete();
        part.Summary = summary;

        var errors = Errors(part);

        Assert.Equal(accepted ? [] : ["Common.Summary: El resumen debe terminar en punto."], errors);
    }

    [Fact]
    public void The_summary_does_not_repeat_the_title()
    {
        var part = Complete();
        part.Summary = "empadronarse en el municipio.";

        Assert.Equal(["Common.Summary: El resumen no debe repetir el título: explica en una frase qué puede hacer o saber quien lo lee."], Errors(part));
    }

    [Fact]
    public void Long_titles_and_summaries_are_warnings_not_errors()
    {
        var part = Complete();
        part.Title = new string('a', CommonPartRules.TitleAdvisedLength + 1);
        part.Summary = new string('b', CommonPartRules.SummaryAdvisedLength) + ".";

        Assert.Empty(Errors(part));
        Assert.Equal(
        [
            "Common.Title: El título tiene 66 caracteres: con más de 65 se corta en los buscadores.",
            "Common.Summary: El resumen tiene 161 caracteres: con más de 160 se corta en los buscadores.",
        ], Rules.Warnings(part, "Common").Select(w => $"{w.Field}: {w.Message}"));
    }

    [Fact]
    public void The_next_review_date_is_never_in_the_past_even_for_drafts()
    {
        var part = Complete();
        part.NextReviewDate = Today.AddDays(-1);

        Assert.Equal(["Common.NextReviewDate: La fecha de la próxima revisión no puede ser anterior a hoy."], Errors(part, publishing: false));
    }

    [Fact]
    public void A_major_change_needs_a_change_note_to_publish()
    {
        var part = Complete();
        part.ChangeType = ChangeType.Major;

        Assert.Equal(["Common.ChangeNote: Falta la nota de cambio: es obligatoria cuando el cambio es importante."], Errors(part));

        part.ChangeNote = "Nuevo plazo de solicitud.";
        Assert.Empty(Errors(part));
    }

    [Fact]
    public void Term_slugs_must_exist_in_their_own_vocabulary()
    {
        var part = Complete();
        part.Topics = ["empleo", "turismo", "turismo"];
        part.LifeEvents = ["empleo"];
        part.Audiences = ["persona", "buscar-empleo"];

        Assert.Equal(
        [
            "Common.Topics: Temas: «turismo» no es un tema de la lista.",
            "Common.LifeEvents: Hechos vitales: «empleo» no es un hecho vital de la lista.",
            "Common.Audiences: Destinatarios: «buscar-empleo» no es un destinatario de la lista.",
        ], Errors(part, publishing: false));
    }

    [Fact]
    public void A_DIR3_code_and_an_owner_email_must_be_well_formed_when_given()
    {
        var part = Complete();
        part.ResponsibleUnit = new ResponsibleUnit { Name = "Padrón", Dir3Code = "L0128" };
        part.ContentOwner = new ContentOwner { Unit = "Estadística", Email = "no-es-correo" };

        Assert.Equal(
        [
            "Common.ResponsibleUnit.Dir3Code: El código DIR3 de la unidad responsable tiene 9 letras mayúsculas y números, por ejemplo L01280796.",
            "Common.ContentOwner.Email: El correo de la persona responsable del contenido no es válido.",
        ], Errors(part, publishing: false));

        part.ResponsibleUnit.Dir3Code = "L01280796";
        part.ContentOwner.Email = "estadistica@villanuevadelrio.es";
        Assert.Empty(Errors(part, publishing: false));
    }

    [Fact]
    public void The_edit_model_round_trips_and_cleans_keywords()
    {
        var part = Complete();
        part.CitizenKeywords = ["empadronarme", "volante"];
        part.ResponsibleUnit = new ResponsibleUnit { Name = "Padrón", Dir3Code = "L01280796" };
        var edit = CommonPartEditModel.From(part);
        edit.CitizenKeywords = " empadronarme, volante ,, volante, certificado ";
        edit.ResponsibleUnitDir3Code = "l01280796 ";

        var back = edit.ToPart();

        Assert.Equal(["empadronarme", "volante", "certificado"], back.CitizenKeywords);
        Assert.Equal("L01280796", back.ResponsibleUnit.Dir3Code);
        Assert.Equal((part.Title, part.Summary, part.NextReviewDate), (back.Title, back.Summary, back.NextReviewDate));
        Assert.Equal("OwnerEmail", CommonPartEditModel.EditFieldFor("ContentOwner.Email"));
    }

    [Fact]
    public void Seo_canonical_must_be_a_web_address_and_long_texts_are_warnings()
    {
        var rules = new SeoPartRules(S);
        var part = new SeoPart { CanonicalUrl = "ftp://ejemplo.es/x", MetaDescription = new string('d', 161) };

        Assert.Equal(["Seo.CanonicalUrl: La dirección canónica debe ser una dirección web completa, que empiece por https://."],
            rules.Errors(part, "Seo").Select(e => $"{e.Field}: {e.Message}"));
        Assert.Equal(["Seo.MetaDescription"], rules.Warnings(part, "Seo").Select(w => w.Field));

        part.CanonicalUrl = "https://sede.villanuevadelrio.es/tramite/123";
        Assert.Empty(rules.Errors(part, "Seo"));
    }

    [Fact]
    public void Social_texts_name_known_networks_and_plain_hashtags()
    {
        var rules = new SocialPartRules(S);
        var part = new SocialPart
        {
            Networks =
            {
                ["x"] = new SocialTexts { Hashtags = ["Padrón2026", "#mal", "dos palabras"] },
                ["myspace"] = new SocialTexts(),
            },
        };

        Assert.Equal(
        [
            "Social.Networks.x.Hashtags: Redes sociales: la etiqueta «#mal» solo puede tener letras, números y guiones bajos, sin # ni espacios.",
            "Social.Networks.x.Hashtags: Redes sociales: la etiqueta «dos palabras» solo puede tener letras, números y guiones bajos, sin # ni espacios.",
            "Social.Networks.myspace: Redes sociales: «myspace» no es una red conocida. Las redes son: facebook, x, linkedin, instagram, mastodon, bluesky.",
        ], rules.Errors(part, "Social").Select(e => $"{e.Field}: {e.Message}"));
    }
}
