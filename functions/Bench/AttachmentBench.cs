using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ImageMagick;
using IntegritySite.Intake;
using IntegritySite.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Bench;

/// <summary>
/// Peak memory of the host for 25 MB uploads (three files at the default limits: a 9.5 MiB photo, a 9.5 MiB PDF and 5 MiB of
/// text), sent as a multipart form streamed from files on disk, so the client adds almost nothing. Linux only: it reads
/// the process's peak resident set (VmHWM), reset before each upload through /proc/self/clear_refs.
/// </summary>
internal static class AttachmentBench
{
    public static async Task RunAsync(string repoRoot, string engine, int uploads)
    {
        var folder = Directory.CreateTempSubdirectory("bench-attachments-").FullName;
        AzuriteServer? tables = null;
        AzuriteServer? blobs = null;
        try
        {
            var settings = LocalOfficerSetup.Ensure(Path.Combine(folder, "state"));
            IntakeOptions options;
            if (engine == "table")
            {
                tables = await AzuriteServer.StartAsync(repoRoot, Path.Combine(folder, "azurite"));
                blobs = await AzuriteServer.StartBlobAsync(repoRoot, Path.Combine(folder, "azurite-blobs"));
                options = settings.ToTableOptions(tables.ConnectionString, blobs.ConnectionString);
            }
            else
            {
                options = settings.ToSqliteOptions(Path.Combine(folder, "intake.db"));
            }
            options.SubmissionsPerWindow = int.MaxValue;
            options.AttachmentBytesPerWindow = long.MaxValue;
            var files = WriteSampleFiles(Path.Combine(folder, "files"));

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            builder.Services.AddComplaintIntake(options);
            await using var app = builder.Build();
            app.MapIntakeApi();
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };

            var sent = files.Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"== attachments, {engine} engine; {files.Count} files, {sent / 1024.0 / 1024.0:F1} MiB per upload, {uploads} uploads, cores {Environment.ProcessorCount}, server GC {System.Runtime.GCSettings.IsServerGC}");
            // One upload first, so the cleaners' native libraries and the JIT are loaded before measuring.
            await UploadAsync(client, files, "warm-up");
            var idle = Rss();
            for (var i = 1; i <= uploads; i++)
            {
                GC.Collect();
                ResetPeak();
                var before = Rss();
                var watch = Stopwatch.StartNew();
                var status = await UploadAsync(client, files, "upload " + i);
                watch.Stop();
                var peak = Peak();
                Console.WriteLine($"upload {i}: {(int)status} in {watch.Elapsed.TotalSeconds:F1} s; resident before {Mib(before)}, peak during {Mib(peak)} (+{Mib(peak - before)})");
            }
            Console.WriteLine($"resident after warm-up (idle host): {Mib(idle)}; the process also holds the test client and, for SQLite, the store");
            await app.StopAsync();
        }
        finally
        {
            if (tables is not null)
            {
                await tables.DisposeAsync();
            }
            if (blobs is not null)
            {
                await blobs.DisposeAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, IReadOnlyList<string> files, string what)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
                 {
                     ["category"] = "bribery", ["what"] = "เรียกรับเงินเพื่อออกใบอนุญาต (benchmark)", ["who"] = "กองช่าง", ["how_known"] = "เห็นเอง",
                     ["website"] = "", ["submission_id"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                 })
        {
            content.Add(new StringContent(value), name);
        }
        var streams = new List<Stream>();
        foreach (var file in files)
        {
            var stream = File.OpenRead(file);
            streams.Add(stream);
            var part = new StreamContent(stream, 64 * 1024);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            content.Add(part, "attachment", Path.GetFileName(file));
        }
        using var response = await client.PostAsync("/api/complaints", content);
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return response.StatusCode;
    }

    /// <summary>A photo of noise (hard to compress: about 9.5 MiB as JPEG), a PDF carrying 10 MB, and 5 MiB of Thai text: 25 MB (decimal) in all.</summary>
    private static List<string> WriteSampleFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        var photo = Path.Combine(folder, "photo.jpg");
        using (var image = new MagickImage("plasma:", 2150, 2150))
        {
            image.AddNoise(NoiseType.Random, 3);
            image.Quality = 96;
            image.Write(photo, MagickFormat.Jpeg);
        }
        var pdf = Path.Combine(folder, "scan.pdf");
        using (var document = new PdfSharp.Pdf.PdfDocument())
        {
            document.AddPage();
            document.Info.Author = "bench";
            var blob = new PdfSharp.Pdf.PdfDictionary(document);
            blob.CreateStream(System.Security.Cryptography.RandomNumberGenerator.GetBytes(10_000_000));
            document.Internals.AddObject(blob);
            document.Internals.Catalog.Elements["/BenchData"] = blob.Reference;
            document.Save(pdf);
        }
        var text = Path.Combine(folder, "notes.txt");
        var line = string.Concat(Enumerable.Repeat("บันทึกการประชุม ", 20)) + "\n";
        File.WriteAllText(text, string.Concat(Enumerable.Repeat(line, 5 * 1024 * 1024 / System.Text.Encoding.UTF8.GetByteCount(line))));
        foreach (var file in new[] { photo, pdf, text })
        {
            Console.WriteLine($"sample {Path.GetFileName(file)}: {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB");
        }
        return [photo, pdf, text];
    }

    private static long Rss() => StatusValue("VmRSS:");

    private static long Peak() => StatusValue("VmHWM:");

    private static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    private static long StatusValue(string key)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
        return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " MiB";
}
