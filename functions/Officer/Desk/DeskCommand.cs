using System.Diagnostics;
using IntegritySite.Officer.Api;
using IntegritySite.Officer.Keys;

namespace IntegritySite.Officer.Desk;

/// <summary>
/// officer desk: starts the desk, prints its one-time link, opens the browser on it, and runs until Ctrl+C.
/// </summary>
internal static class DeskCommand
{
    public static async Task<int> RunAsync(string? keys, string? intake, int port, bool openBrowser, TimeSpan lockAfter)
    {
        if (lockAfter <= TimeSpan.Zero)
        {
            throw new ArgumentException($"--lock-after {lockAfter}: a positive time such as 00:15:00");
        }
        if (port is < 0 or > 65535)
        {
            throw new ArgumentException($"--port {port}: 0 to 65535");
        }
        keys ??= Environment.GetEnvironmentVariable("OFFICER_KEYS") ?? Path.Combine(".local", "officer");
        if (!File.Exists(Path.Combine(keys, OfficerKeyFiles.PrivateKeyFile)))
        {
            throw new InvalidOperationException($"ไม่พบกุญแจของเจ้าหน้าที่ใน {keys} (ระบุด้วย --keys) / No officer keys in {keys} (give the folder with --keys).");
        }
        var api = IntakeApiClient.For(intake ?? Environment.GetEnvironmentVariable("INTAKE_URL") ?? IntakeApiClient.DefaultUrl,
            IntakeApiClient.ApiKeyFromEnvironment(Path.Combine(keys, OfficerKeyFiles.ApiKeyFile)));
        var session = new DeskSession(Path.GetFullPath(keys), api, new SeenReports(Path.Combine(keys, "desk-seen.txt")), lockAfter);
        await using var desk = await DeskApp.StartAsync(session, port);
        Console.WriteLine($"โต๊ะทำงานเจ้าหน้าที่เปิดแล้ว ลิงก์นี้ใช้ได้ครั้งเดียว / Officer desk is running; this link works once:");
        Console.WriteLine(desk.StartUrl);
        Console.WriteLine("กด Ctrl+C เพื่อปิดและล็อกกุญแจ / Press Ctrl+C to stop and lock the keys.");
        if (openBrowser)
        {
            TryOpenBrowser(desk.StartUrl);
        }
        await desk.WaitForShutdownAsync();
        return 0;
    }

    private static void TryOpenBrowser(string url)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", url)
                : new ProcessStartInfo("xdg-open", url);
            Process.Start(start)?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No browser to open (a server, a test): the printed link is enough.
        }
    }
}
