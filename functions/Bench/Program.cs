using System.Globalization;
using System.Net;
using IntegritySite.Bench;
using IntegritySite.Intake;
using IntegritySite.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Benchmark, not a test: loopback only, bounded in count and time. Both engines keep their store on disk.
// args: repoRoot [operations per round] [concurrency] [engine: sqlite|table|both] [Argon2id KiB] [passes]
var repoRoot = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
// args: repoRoot attachments [sqlite|table] [uploads]: the host's peak memory for 25 MB uploads (scripts/bench-attachments.sh).
if (args.Length > 1 && args[1] == "attachments")
{
    await AttachmentBench.RunAsync(repoRoot, args.Length > 2 ? args[2] : "sqlite", args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3);
    return;
}
var total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;
var engines = args.Length > 3 && args[3] != "both" ? [args[3]] : new[] { "sqlite", "table" };
const double OpenLoopRate = 50;
const int OpenLoopSeconds = 10;
const int Rounds = 5;

var scratch = Directory.CreateTempSubdirectory("bench-intake-").FullName;
try
{
    foreach (var engine in engines)
    {
        await RunAsync(engine, Path.Combine(scratch, engine));
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(scratch, recursive: true);
}

async Task RunAsync(string engine, string folder)
{
    var settings = LocalOfficerSetup.Ensure(Path.Combine(folder, "state"));
    AzuriteServer? azurite = null;
    IntakeOptions options;
    IRawInserter raw;
    if (engine == "table")
    {
        azurite = await AzuriteServer.StartAsync(repoRoot, Path.Combine(folder, "azurite"));
        options = settings.ToTableOptions(azurite.ConnectionString);
        raw = await RawTableInserter.CreateAsync(azurite.ConnectionString);
    }
    else
    {
        options = settings.ToSqliteOptions(Path.Combine(folder, "intake.db"));
        raw = RawSqliteInserter.Create(Path.Combine(folder, "raw.db"));
    }
    options.SubmissionsPerWindow = int.MaxValue;
    if (args.Length > 5)
    {
        options.ReceiptKdfMemoryKiB = int.Parse(args[4], CultureInfo.InvariantCulture);
        options.ReceiptKdfPasses = int.Parse(args[5], CultureInfo.InvariantCulture);
    }
    try
    {
        // Long warm-ups: tiered JIT needs thousands of calls before a long-running host reaches its steady state.
        var warmUp = engine == "table" ? 10_000 : 3_000;
        await Workloads.ClosedLoopAsync(warmUp, concurrency, new LatencyRecorder(), i => raw.InsertAsync("warm" + i));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddComplaintIntake(options);
        await using var app = builder.Build();
        app.MapIntakeApi();
        await app.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(app.Urls.First()) };
        var body = Workloads.ComplaintBody();
        await Workloads.ClosedLoopAsync(warmUp, concurrency, new LatencyRecorder(), _ => Workloads.SubmitAsync(client, body));

        // Alternate raw and intake rounds so drift (store growth, other load on the machine) hits both alike; report medians.
        var rawRecorder = new LatencyRecorder();
        var intakeRecorder = new LatencyRecorder();
        var rawRates = new List<double>();
        var intakeRates = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var prefix = $"r{round}-";
            rawRates.Add(await Workloads.ClosedLoopAsync(total, concurrency, rawRecorder, i => raw.InsertAsync(prefix + i)));
            intakeRates.Add(await Workloads.ClosedLoopAsync(total, concurrency, intakeRecorder, _ => Workloads.SubmitAsync(client, body)));
        }
        var rawRate = rawRates.Order().ElementAt(Rounds / 2);
        var intakeRate = intakeRates.Order().ElementAt(Rounds / 2);

        var openRecorder = new LatencyRecorder();
        await Workloads.OpenLoopAsync(OpenLoopRate, OpenLoopSeconds, openRecorder, _ => Workloads.SubmitAsync(client, body));
        var rawOpenRecorder = new LatencyRecorder();
        await Workloads.OpenLoopAsync(OpenLoopRate, OpenLoopSeconds, rawOpenRecorder, i => raw.InsertAsync("open" + i));

        Console.WriteLine($"== {engine} ({raw.Description}), store on disk in {folder}");
        Console.WriteLine($"rounds: {Rounds} (median rate shown; raw {string.Join(" / ", rawRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}, intake {string.Join(" / ", intakeRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"operations per round: {total}, concurrency: {concurrency}, cores: {Environment.ProcessorCount}, Argon2id {options.ReceiptKdfMemoryKiB} KiB x {options.ReceiptKdfPasses}");
        Console.WriteLine($"raw engine insert:    {rawRate,8:F0} inserts/s      p50 {rawRecorder.Percentile(50),6:F1} ms  p99 {rawRecorder.Percentile(99),6:F1} ms  failures {rawRecorder.Failures}");
        Console.WriteLine($"intake via local host:{intakeRate,8:F0} submissions/s  p50 {intakeRecorder.Percentile(50),6:F1} ms  p99 {intakeRecorder.Percentile(99),6:F1} ms  failures {intakeRecorder.Failures}");
        Console.WriteLine($"ratio intake/raw:     {intakeRate / rawRate,8:F2} (goal >= 0.80)");
        Console.WriteLine($"open loop {OpenLoopRate:F0} req/s x {OpenLoopSeconds} s: p50 {openRecorder.Percentile(50),6:F1} ms  p99 {openRecorder.Percentile(99),6:F1} ms  failures {openRecorder.Failures} (goal p99 < 50 ms)");
        Console.WriteLine($"raw engine, same open loop:  p50 {rawOpenRecorder.Percentile(50),6:F1} ms  p99 {rawOpenRecorder.Percentile(99),6:F1} ms");
        await app.StopAsync();
    }
    finally
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
