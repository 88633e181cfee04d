using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Testing;

namespace Portal.IntegrationTests.Api;

/// <summary>A type with a nested part, like the citizen-facing types: its errors name paths such as "part.heading".</summary>
public sealed class CardModel
{
    public const string TypeName = "ficha";
    public const string HeadingRequired = "Falta el encabezado: es obligatorio para publicar.";

    public string Title { get; set; } = "";

    public CardPart Part { get; set; } = new();
}

public sealed class CardPart
{
    public string Heading { get; set; } = "";

    public int Order { get; set; }
}

public sealed class CardHandler : IContentHandler
{
    public Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is CardModel card && context.Publishing && string.IsNullOrWhiteSpace(card.Part.Heading))
        {
            context.AddError("Part.Heading", CardModel.HeadingRequired);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A fresh site that also knows the "ficha" type.</summary>
public sealed class ApiFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services =>
        {
            services.AddContentType<CardModel>(CardModel.TypeName, m => m.Title);
            services.AddContentHandler<CardHandler>();
        });
    }
}
