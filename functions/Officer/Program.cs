using System.Globalization;
using System.Text;
using IntegritySite.Officer.Cli;

Console.OutputEncoding = Encoding.UTF8;
// Everything the tool sends or writes is culture-invariant (a Thai-locale PC would format dates in the Buddhist Era);
// Thai dates for people come from ThaiDate, never from the machine's culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return await OfficerCli.RunAsync(args);
