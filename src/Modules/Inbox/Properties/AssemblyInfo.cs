using System.Resources;

[assembly: NeutralResourcesLanguage("es-ES")]
