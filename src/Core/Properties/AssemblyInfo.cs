using System.Resources;

// The neutral resources are Spanish (es-ES): it is the portal's first language; ca, eu, gl and en follow as satellites.
[assembly: NeutralResourcesLanguage("es-ES")]
