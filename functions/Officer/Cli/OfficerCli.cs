using System.CommandLine;
using System.Security.Cryptography;

namespace IntegritySite.Officer.Cli;

/// <summary>
/// The officer's command line (System.CommandLine, like the site's). Exit codes: 0 done, 1 the work failed (intake
/// unreachable, wrong passphrase, tampered data), 2 the command was wrong (usage, a refused argument).
/// </summary>
internal static class OfficerCli
{
    public static RootCommand CreateRoot() => new("officer: the complaint officer's desk and tools (เครื่องมือเจ้าหน้าที่รับเรื่องร้องเรียนการทุจริต)")
    {
        DeskCommands.Desk(),
        KeyCommands.Keygen(),
        KeyCommands.ProtectKey(),
        ReportCommands.Inbox(),
        ReportCommands.Read(),
        ReportCommands.Attachment(),
        ReportCommands.Status(),
        ReportCommands.Reply(),
        RecordCommands.Stats(),
        RecordCommands.Purge(),
        RecordCommands.Rewrap(),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0 || args.Length == 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }
            await Console.Error.WriteLineAsync("officer --help แสดงคำสั่งทั้งหมด / lists every command.");
            return 2;
        }
        try
        {
            // Exceptions are ours to report (above), and Ctrl+C is the desk host's own to handle (it locks the keys).
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or FormatException or CryptographicException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
