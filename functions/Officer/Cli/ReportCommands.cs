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

    /// <summary>
    /// <c>officer attachment &lt;id&gt; &lt;n&gt; &lt;private-key-file&gt; --out &lt;file&gt;</c>: decrypts file n of a report here
    /// and writes it to the file the officer names (created new, 0600); nothing is written anywhere else.
    /// </summary>
    public static Command Attachment()
    {
        var id = IdArgument();
        var position = new Argument<int>("n") { Description = "Which file (1, 2, … as `officer read` lists them)" };
        var keyFile = new Argument<string>("private-key-file") { Description = "This officer's officer-private.key (asks for its passphrase)" };
        var output = new Option<string>("--out") { Description = "Where to write the decrypted file (must not exist yet)", Required = true };
        var command = new Command("attachment", "Decrypt one evidence file of a report on this machine and write it to --out") { id, position, keyFile, output };
        command.SetAction((parse, _) => AttachmentAsync(parse.GetValue(id)!, parse.GetValue(position), parse.GetValue(keyFile)!, parse.GetValue(output)!));
        return command;
    }

    private static async Task<int> AttachmentAsync(string id, int position, string keyFile, string output)
    {
        var (publicKey, privateKey) = OfficerKeyFiles.Load(keyFile);
        try
        {
            var api = IntakeApiClient.FromEnvironment();
            var report = ReportOpener.Open(await api.GetComplaintAsync(id), new UnlockedKeys(publicKey, privateKey, signingKey: []));
            if (report.AttachmentsState != SealState.Opened)
            {
                throw new InvalidOperationException(report.AttachmentsState == SealState.NotForThisKey
                    ? "NOT FOR THIS KEY: this report's files are sealed to other officers only."
                    : "TAMPERED: the list of files was not sealed for this report; nothing is written.");
            }
            var entry = AttachmentReader.At(report, position);
            var content = await AttachmentReader.ReadAsync(api, id, entry);
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }
                await using (var file = new FileStream(output, create))
                {
                    await file.WriteAsync(content);
                }
                Console.WriteLine($"wrote file {position} ({VisibleText.Visible(entry.Name)}, {entry.MediaType}, {content.Length:N0} bytes) to {output}");
                Console.WriteLine("removed before it was stored: " + string.Join("; ", entry.Removed.Select(r => r.En)));
                return 0;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(content);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
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
            Console.Write(report.AttachmentsState switch
            {
                SealState.Opened => string.Concat(report.AllFiles.Select((f, i) => $"File {i + 1}: {VisibleText.Visible(f.Entry.Name)} ({f.Entry.MediaType}, {f.Entry.Size:N0} bytes, received {f.Arrived}) — officer attachment {id} {i + 1} <key> --out <file>\n")),
                SealState.NotForThisKey => "FILES NOT FOR THIS KEY: the list of files is sealed to other officers only.\n",
                _ => "FILES TAMPERED: the list of files was not sealed for this report; they are not shown.\n",
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
