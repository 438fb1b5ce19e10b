using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Officer.Api;
using IntegritySite.Officer.Desk;
using IntegritySite.Officer.Keys;
using IntegritySite.Officer.Reading;
using IntegritySite.Officer.Rewrap;
using IntegritySite.Officer.Statistics;

// officer desk | keygen <dir> | protect-key <file> | inbox | read <id> <private-key-file> | status <id> <status>
//         | reply <id> <signing-key-file> (message on standard input) | stats --fiscal-year <BE year> [--out <file>]
//         | purge [--dry-run] | rewrap <new-officer-public-key> <key-folder> [--dry-run]
Console.OutputEncoding = Encoding.UTF8;
// Everything the tool sends or writes is culture-invariant (a Thai-locale PC would format dates in the Buddhist Era);
// Thai dates for people come from ThaiDate, never from the machine's culture.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
try
{
    return args switch
    {
        ["desk", .. var options] => await DeskCommand.RunAsync(options),
        ["keygen", var directory] => OfficerKeyFiles.Generate(directory),
        ["protect-key", var keyFile] => OfficerKeyFiles.Protect(keyFile),
        ["inbox"] => await InboxAsync(),
        ["read", var id, var keyFile] => await ReadAsync(id, keyFile),
        ["status", var id, var status] => await Done(IntakeApiClient.FromEnvironment().SetStatusAsync(id, status)),
        ["reply", var id, var signingKeyFile] => await ReplyAsync(id, signingKeyFile),
        ["reply", _, _, _, ..] => RefuseMessageArgument(),
        ["stats", "--fiscal-year", var year] => await StatsAsync(year, outFile: null),
        ["stats", "--fiscal-year", var year, "--out", var file] => await StatsAsync(year, file),
        ["stats", "--out", var file, "--fiscal-year", var year] => await StatsAsync(year, file),
        ["purge"] => await PurgeAsync(),
        ["purge", "--dry-run"] => await PurgePreviewAsync(),
        ["rewrap", var newKey, var keyFolder] => await RewrapAsync(newKey, keyFolder, dryRun: false),
        ["rewrap", var newKey, var keyFolder, "--dry-run"] => await RewrapAsync(newKey, keyFolder, dryRun: true),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or FormatException
                               or System.Security.Cryptography.CryptographicException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

static async Task<int> InboxAsync()
{
    var list = await IntakeApiClient.FromEnvironment().ListAsync();
    foreach (var c in list.GetProperty("complaints").EnumerateArray())
    {
        var overdue = c.GetProperty("overdue").GetBoolean() ? "  OVERDUE" : "";
        Console.WriteLine($"{c.GetProperty("id").GetString()}  {c.GetProperty("submitted").GetString()}  {c.GetProperty("category").GetString(),-22} {c.GetProperty("status").GetString(),-17} answer due {c.GetProperty("answer_due").GetString()}{overdue}");
    }
    return 0;
}

static async Task<int> ReadAsync(string id, string keyFile)
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
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(privateKey);
    }
}

// The reply is read from standard input, never from the command line, where it would stay in shell history
// and be visible to other local users in the process list. It is signed here, with the officer's signing key:
// the intake stores, and the reporter's page shows, only replies that verify against a configured officer key.
static async Task<int> ReplyAsync(string id, string signingKeyFile)
{
    using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    var message = (await input.ReadToEndAsync()).Trim();
    if (message.Length == 0)
    {
        Console.Error.WriteLine("Type the reply on standard input (end with Ctrl-D), or: officer reply <id> <signing-key-file> < reply.txt");
        return 2;
    }
    var signingKey = OfficerKeyFiles.LoadSigningKey(signingKeyFile);
    try
    {
        var replyId = OfficerReplySignature.NewReplyId();
        var signature = OfficerReplySignature.Sign(signingKey, id, replyId, message);
        return await Done(IntakeApiClient.FromEnvironment().ReplyAsync(id, message, replyId, signature));
    }
    finally
    {
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(signingKey);
    }
}

// Counts only, for the site's ITA o31 page: the officer commits the file in a pull request.
static async Task<int> StatsAsync(string yearText, string? outFile)
{
    if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number is < 2500 or > 2700)
    {
        Console.Error.WriteLine($"--fiscal-year is a Buddhist Era year such as 2564, not '{yearText}'");
        return 2;
    }
    var year = FiscalCalendar.Thai.FiscalYear(number);
    var statistics = await IntakeApiClient.FromEnvironment().GetStatisticsAsync(year.Start, year.End);
    if (string.CompareOrdinal(statistics.AsOf, statistics.From) < 0)
    {
        Console.Error.WriteLine($"Fiscal year {number} starts on {statistics.From}; there is nothing to count yet.");
        return 1;
    }
    var yaml = StatisticsYaml.Write(number, statistics);
    if (outFile is null)
    {
        Console.Write(yaml);
    }
    else
    {
        File.WriteAllText(outFile, yaml, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
    return 0;
}

// Deletes the closed complaints past the retention period; run on a schedule (see functions/README.md).
static async Task<int> PurgeAsync()
{
    var result = await IntakeApiClient.FromEnvironment().PurgeAsync();
    Console.WriteLine($"complaints deleted: {result.GetProperty("complaints_deleted").GetInt32()}, stored entities deleted: {result.GetProperty("entities_deleted").GetInt32()}");
    return 0;
}

static async Task<int> PurgePreviewAsync()
{
    var preview = await IntakeApiClient.FromEnvironment().PurgePreviewAsync();
    Console.WriteLine($"dry run, nothing deleted: complaints due {preview.GetProperty("complaints_due").GetInt32()}, retry records due {preview.GetProperty("retry_records_due").GetInt32()} (retention {preview.GetProperty("retention_days").GetInt32()} days)");
    return 0;
}

// Gives a newly configured officer key access to what this officer can read (see Rewrap/Rewrapper.cs).
static async Task<int> RewrapAsync(string newKey, string keyFolder, bool dryRun)
{
    var officerKey = Rewrapper.ReadOfficerKey(newKey);
    using var keys = UnlockedKeys.Unlock(keyFolder, Passphrase.Ask("รหัสผ่านของกุญแจ", "Key passphrase"));
    var counts = await Rewrapper.RunAsync(IntakeApiClient.FromEnvironment(), keys, officerKey, dryRun);
    Console.WriteLine($"{(dryRun ? "dry run, nothing stored: " : "")}complaints {counts.Complaints}, re-sealed {counts.Resealed}, already readable {counts.AlreadyReadable}, not readable by you {counts.NotReadableByYou}, failed {counts.Failed}");
    return counts.Failed > 0 ? 1 : 0;
}

static int RefuseMessageArgument()
{
    Console.Error.WriteLine("""
        Not sent: a reply on the command line would be kept in shell history and shown in the process list.
        Give it on standard input instead:  officer reply <id> <signing-key-file> < reply.txt
        """);
    return 2;
}

static async Task<int> Done(Task<System.Text.Json.JsonElement> call)
{
    Console.WriteLine(await call);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: officer desk [--keys <folder>] [--intake <url>]   the officer desk in your browser (Thai and English)
               officer keygen <directory>                 asks for a passphrase; private keys are stored encrypted under it
               officer protect-key <key-file>        encrypts a plain key file (from serve, or older versions) under a passphrase
               officer inbox                         (INTAKE_URL, and OFFICER_API_KEY or OFFICER_API_KEY_FILE)
               officer read <id> <private-key-file>  decrypts on this machine
               officer status <id> <received|in-progress|need-information|completed|not-actionable>
               officer reply <id> <signing-key-file> reads the reply from standard input, signs it here
               officer stats --fiscal-year <2564> [--out <file>]   counts only, YAML for input/data/complaint-statistics.yml
               officer purge [--dry-run]             deletes closed complaints past Intake:RetentionDays; prints counts
               officer rewrap <new-officer-public-key> <key-folder> [--dry-run]
                                                     seals what you can read to a newly added officer key too
        """);
    return 2;
}
