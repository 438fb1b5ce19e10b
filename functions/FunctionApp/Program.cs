using IntegritySite.Intake;
using IntegritySite.Intake.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// App settings "Intake__TableConnectionString", "Intake__OfficerPublicKey", "Intake__OfficerVerifyKeys", "Intake__ReceiptHashSecret",
// "Intake__OfficerApiKeyHash". The function app always stores in Azure Table storage; evidence files go to Blob Storage
// when "Intake__BlobConnectionString" is set (without it the app takes no files, and its pages say so).
var options = builder.Configuration.GetSection(IntakeOptions.SectionName).Get<IntakeOptions>() ?? new IntakeOptions();
// Behind the Functions front end the socket address is the front end's; the client address arrives in X-Forwarded-For.
options.ClientAddressHeader ??= "X-Forwarded-For";
options.Store = StoreEngine.Table;
if (options.PublicHolidaysFolder.Length == 0)
{
    options.PublicHolidaysFolder = Path.Combine(AppContext.BaseDirectory, "holidays");
}
builder.Services.AddIntakeHandlers(options);
// ASP.NET Core's own request logs (method, path, query string) stay in the worker; host.json does the same on the host side.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

builder.Build().Run();
