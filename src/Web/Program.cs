using Portal.Core.Hosting;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);

// Every module the site runs, in one place (see PortalModules.cs).
builder.AddPortal(PortalModules.All);

var app = builder.Build();

// Security headers, errors, localization, auth, output cache, unit of work, then each module's endpoints.
app.UsePortal();

// Checks the database first: a missing PostgreSQL role or database ends with one line saying what to create.
return await app.RunPortalAsync();

/// <summary>Visible to the test host.</summary>
public partial class Program;
