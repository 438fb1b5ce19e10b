using IntegritySite.Intake;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// App settings "Intake__TableConnectionString", "Intake__OfficerPublicKey", "Intake__ReceiptHashSecret", "Intake__OfficerApiKeyHash".
var options = builder.Configuration.GetSection(IntakeOptions.SectionName).Get<IntakeOptions>() ?? new IntakeOptions();
// Behind the Functions front end the socket address is the front end's; the client address arrives in X-Forwarded-For.
options.ClientAddressHeader ??= "X-Forwarded-For";
builder.Services.AddIntakeHandlers(options);

builder.Build().Run();
