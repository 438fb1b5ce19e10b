using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Azure.Data.Tables;
using IntegritySite.Bench;
using IntegritySite.Intake;
using IntegritySite.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Benchmark, not a test: loopback only, bounded in count and time.
var repoRoot = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
const double OpenLoopRate = 50;
const int OpenLoopSeconds = 10;

await using var azurite = await AzuriteServer.StartAsync(repoRoot, dataDirectory: null);
var state = Directory.CreateTempSubdirectory("bench-state-").FullName;
var options = LocalOfficerSetup.Ensure(state).ToOptions(azurite.ConnectionString);
options.SubmissionsPerWindow = int.MaxValue;
if (args.Length > 4)
{
    options.ReceiptKdfMemoryKiB = int.Parse(args[3], CultureInfo.InvariantCulture);
    options.ReceiptKdfPasses = int.Parse(args[4], CultureInfo.InvariantCulture);
}

// Raw Azurite insert rate: an entity of the same shape and size as a sealed complaint.
var raw = new TableClient(azurite.ConnectionString, "RawBench");
await raw.CreateIfNotExistsAsync();
var payload = RandomNumberGenerator.GetBytes(700);
// Long warm-ups: tiered JIT needs thousands of calls before a long-running host reaches its steady state.
const int WarmUp = 10_000;
await Workloads.ClosedLoopAsync(WarmUp, concurrency, new LatencyRecorder(), i => InsertRawAsync(raw, payload, "warm" + i));

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
builder.Logging.ClearProviders();
builder.Services.AddComplaintIntake(options);
await using var app = builder.Build();
app.MapIntakeApi();
await app.StartAsync();
var address = ListeningAddress.Of(app);
using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(address) };

var complaint = new Dictionary<string, string>
{
    ["category"] = "procurement",
    ["what"] = "มีการแบ่งซื้อแบ่งจ้างเพื่อหลีกเลี่ยงการประกวดราคา โครงการซ่อมถนนสามสัญญาในเดือนเดียวกัน",
    ["who"] = "เจ้าหน้าที่พัสดุ กองคลัง",
    ["when"] = "มกราคม 2569",
    ["where"] = "เทศบาลตำบลโป่งน้ำร้อน",
    ["how_known"] = "เห็นประกาศผลการจัดซื้อจัดจ้างรายเดือน",
    ["evidence"] = "ประกาศ สขร.1 เดือนมกราคม",
};
// The load generator replays one pre-serialised body, as load generators do.
var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(complaint);
await Workloads.ClosedLoopAsync(WarmUp, concurrency, new LatencyRecorder(), _ => SubmitAsync(client, body));
// Alternate raw and intake rounds so drift (store growth, other load on the machine) hits both alike; report medians.
const int Rounds = 5;
var rawRecorder = new LatencyRecorder();
var intakeRecorder = new LatencyRecorder();
var rawRates = new List<double>();
var intakeRates = new List<double>();
for (var round = 0; round < Rounds; round++)
{
    var prefix = $"r{round}-";
    rawRates.Add(await Workloads.ClosedLoopAsync(total, concurrency, rawRecorder, i => InsertRawAsync(raw, payload, prefix + i)));
    intakeRates.Add(await Workloads.ClosedLoopAsync(total, concurrency, intakeRecorder, _ => SubmitAsync(client, body)));
}
var rawRate = rawRates.Order().ElementAt(Rounds / 2);
var intakeRate = intakeRates.Order().ElementAt(Rounds / 2);

var openRecorder = new LatencyRecorder();
await Workloads.OpenLoopAsync(OpenLoopRate, OpenLoopSeconds, openRecorder, _ => SubmitAsync(client, body));

Console.WriteLine($"rounds: {Rounds} (median rate shown; raw {string.Join(" / ", rawRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}, intake {string.Join(" / ", intakeRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))})");
Console.WriteLine($"operations per round: {total}, concurrency: {concurrency}, cores: {Environment.ProcessorCount}, Argon2id {options.ReceiptKdfMemoryKiB} KiB x {options.ReceiptKdfPasses}");
Console.WriteLine($"raw Azurite insert:   {rawRate,8:F0} inserts/s      p50 {rawRecorder.Percentile(50),6:F1} ms  p99 {rawRecorder.Percentile(99),6:F1} ms  failures {rawRecorder.Failures}");
Console.WriteLine($"intake via local host:{intakeRate,8:F0} submissions/s  p50 {intakeRecorder.Percentile(50),6:F1} ms  p99 {intakeRecorder.Percentile(99),6:F1} ms  failures {intakeRecorder.Failures}");
Console.WriteLine($"ratio intake/raw:     {intakeRate / rawRate,8:F2} (goal >= 0.80)");
Console.WriteLine($"open loop {OpenLoopRate:F0} req/s x {OpenLoopSeconds} s: p50 {openRecorder.Percentile(50),6:F1} ms  p99 {openRecorder.Percentile(99),6:F1} ms  failures {openRecorder.Failures} (goal p99 < 50 ms)");

await app.StopAsync();
Directory.Delete(state, recursive: true);

static async Task<bool> InsertRawAsync(TableClient table, byte[] payload, string rowKey)
{
    var response = await table.AddEntityAsync(new TableEntity("bench", rowKey) { ["Content"] = payload, ["Category"] = "procurement", ["Status"] = "received" });
    return !response.IsError;
}

static async Task<bool> SubmitAsync(HttpClient client, byte[] body)
{
    using var content = new ByteArrayContent(body);
    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    using var response = await client.PostAsync("/api/complaints", content);
    return response.StatusCode == HttpStatusCode.Created;
}
