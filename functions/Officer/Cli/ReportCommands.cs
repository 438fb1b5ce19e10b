using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegritySite.Intake.Crypto;
using IntegritySite.Officer.Api;
using IntegritySite.Officer.Keys;
using IntegritySite.Officer.Reading;

namespace IntegritySite.Officer.Cli;

/// <summary>The inbox, reading a report, setting its status, replying (INTAKE_URL, and OFFICER_API_KEY_FILE or OFFICER_API_KEY).</summary>
internal static class ReportCommands
{
    public static Command Inbox()
    {
        var command = new Command("inbox", "List every report: received, category, status, answer-due day, OVERDUE");
        command.SetAction(async (_, _) =>
        {
            var list = await IntakeApiClient.FromEnvironment().ListAsync();
            foreach (var c in list.GetProperty("complaints").EnumerateArray())
            {
                var overdue = c.GetProperty("overdue").GetBoolean() ? "  OVERDUE" : "";
                var notice = c.GetProperty("status").GetString() == ComplaintStatus.Received
                    ? $"  facts notice by {c.GetProperty("facts_notice_due").GetString()}{(c.GetProperty("facts_notice_estimated").GetBoolean() ? " (estimate)" : "")}"
                    : "";
                Console.WriteLine($"{c.GetProperty("id").GetString()}  {c.GetProperty("submitted").GetString()}  {c.GetProperty("category").GetString(),-22} {c.GetProperty("status").GetString(),-17} answer due {c.GetProperty("answer_due").GetString()}{overdue}{notice}");
            }
            return 0;
        });
        return command;
    }

    public static Command Read()
    {
        var id = IdArgument();
        var keyFile = new Argument<string>("private-key-file") { Description = "This officer's officer-private.key (asks for its passphrase)" };
        var command = new Command("read", "Decrypt a report and its thread on this machine") { id, keyFile };
        command.SetAction((parse, _) => ReadAsync(parse.GetValue(id)!, parse.GetValue(keyFile)!));
        return command;
    }

    public static Command Status()
    {
        var id = IdArgument();
        var status = new Argument<string>("status") { Description = string.Join("|", ComplaintStatus.All.Keys) };
        status.AcceptOnlyFromAmong([.. ComplaintStatus.All.Keys]);
        var command = new Command("status", "Set the status the reporter sees") { id, status };
        command.SetAction(async (parse, _) => Print(await IntakeApiClient.FromEnvironment().SetStatusAsync(parse.GetValue(id)!, parse.GetValue(status)!)));
        return command;
    }

    // The reply is read from standard input, never from the command line, where it would stay in shell history and be
    // visible to other local users in the process list. It is signed here, with the officer's signing key: the intake
    // stores, and the reporter's page shows, only replies that verify against a configured officer key.
    public static Command Reply()
    {
        var id = IdArgument();
        var signingKeyFile = new Argument<string>("signing-key-file") { Description = "This officer's officer-signing.key (asks for its passphrase)" };
        var refused = new Argument<string[]>("message") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var command = new Command("reply", "Sign and send a reply read from standard input (end with Ctrl-D)") { id, signingKeyFile, refused };
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(refused) is { Length: > 0 })
            {
                throw new ArgumentException("""
                    Not sent: a reply on the command line would be kept in shell history and shown in the process list.
                    Give it on standard input instead:  officer reply <id> <signing-key-file> < reply.txt
                    """);
            }
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var message = (await input.ReadToEndAsync()).Trim();
            if (message.Length == 0)
            {
                throw new ArgumentException("Type the reply on standard input (end with Ctrl-D), or: officer reply <id> <signing-key-file> < reply.txt");
            }
            var reportId = parse.GetValue(id)!;
            var signingKey = OfficerKeyFiles.LoadSigningKey(parse.GetValue(signingKeyFile)!);
            try
            {
                var replyId = OfficerReplySignature.NewReplyId();
                var signature = OfficerReplySignature.Sign(signingKey, reportId, replyId, message);
                return Print(await IntakeApiClient.FromEnvironment().ReplyAsync(reportId, message, replyId, signature));
            }
            finally
            {
                CryptographicOperations.ZeroMemory(signingKey);
            }
        });
        return command;
    }

    private static async Task<int> ReadAsync(string id, string keyFile)
    {
        var (publicKey, privateKey) = OfficerKeyFiles.Load(keyFile);
        try
        {
            var report = ReportOpener.Open(await IntakeApiClient.FromEnvironment().GetComplaintAsync(id), new UnlockedKeys(publicKey, privateKey, signingKey: []));
            Console.WriteLine($"Status: {report.Status}  submitted {report.Submitted}");
            Console.Write(report.ContentState switch
            {
                SealState.Opened => string.Concat(report.Facts.Select(f => $"{FieldNames.Label(f.Field).En}: {VisibleText.Visible(f.Value)}\n")),
                SealState.NotForThisKey => "NOT FOR THIS KEY: this report is sealed to other officers only; one of them can give you access with officer rewrap.\n",
                _ => "TAMPERED: the stored content was not sealed for this report; it is not shown. Tell the system administrator.\n",
            });
            foreach (var message in report.Messages)
            {
                var text = message.State switch
                {
                    SealState.Opened => VisibleText.Visible(message.Text),
                    SealState.NotForThisKey => "NOT FOR THIS KEY: sealed to other officers only.",
                    _ => "TAMPERED: this message was not sealed for this report; it is not shown.",
                };
                Console.WriteLine($"--- {message.From} {message.Sent}\n{text}");
            }
            return 0;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    private static Argument<string> IdArgument() => new("id") { Description = "The report's id (from the inbox)" };

    private static int Print(JsonElement answer)
    {
        Console.WriteLine(answer);
        return 0;
    }
}
