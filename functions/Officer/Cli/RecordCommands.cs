using System.CommandLine;
using System.Text;
using IntegritySite.Officer.Api;
using IntegritySite.Officer.Keys;
using IntegritySite.Officer.Rewrap;
using IntegritySite.Officer.Statistics;

namespace IntegritySite.Officer.Cli;

/// <summary>Statistics for the site, the retention purge, and rewrap for a new officer.</summary>
internal static class RecordCommands
{
    // Counts only, for the site's complaint-statistics page: the officer commits the file in a pull request.
    public static Command Stats()
    {
        var year = new Option<int>("--fiscal-year") { Description = "Buddhist Era fiscal year, such as 2569", Required = true };
        year.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 2500 or > 2700)
            {
                result.AddError("--fiscal-year is a Buddhist Era year such as 2569");
            }
        });
        var output = new Option<string?>("--out") { Description = "Write the YAML here (input/data/complaint-statistics.yml) instead of printing it" };
        var command = new Command("stats", "Count the complaints of a fiscal year, as the site's data file") { year, output };
        command.SetAction(async (parse, _) =>
        {
            var number = parse.GetValue(year);
            if (await FiscalYearStatistics.CountAsync(IntakeApiClient.FromEnvironment(), number) is not { } statistics)
            {
                await Console.Error.WriteLineAsync($"Fiscal year {number} starts on {BangkokDate.Format(FiscalCalendar.Thai.FiscalYear(number).Start)}; there is nothing to count yet.");
                return 1;
            }
            var yaml = StatisticsYaml.Write(number, statistics);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, yaml, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            else
            {
                Console.Write(yaml);
            }
            return 0;
        });
        return command;
    }

    // Deletes the closed complaints past the retention period; run on a schedule (see functions/README.md).
    public static Command Purge()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the counts of what would be deleted; delete nothing" };
        var command = new Command("purge", "Delete closed complaints past Intake:RetentionDays; prints counts only") { dryRun };
        command.SetAction(async (parse, _) =>
        {
            var api = IntakeApiClient.FromEnvironment();
            if (parse.GetValue(dryRun))
            {
                var preview = await api.PurgePreviewAsync();
                Console.WriteLine($"dry run, nothing deleted: complaints due {preview.GetProperty("complaints_due").GetInt32()}, retry records due {preview.GetProperty("retry_records_due").GetInt32()} (retention {preview.GetProperty("retention_days").GetInt32()} days)");
                return 0;
            }
            var result = await api.PurgeAsync();
            Console.WriteLine($"complaints deleted: {result.GetProperty("complaints_deleted").GetInt32()}, stored entities deleted: {result.GetProperty("entities_deleted").GetInt32()}");
            return 0;
        });
        return command;
    }

    // Gives a newly configured officer key access to what this officer can read (see Rewrap/Rewrapper.cs).
    public static Command Rewrap()
    {
        var newKey = new Argument<string>("new-officer-public-key") { Description = "The new officer's public key (base64) or officer-public.key file" };
        var keyFolder = new Argument<string>("key-folder") { Description = "Your own key folder (asks for its passphrase)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be re-sealed; store nothing" };
        var command = new Command("rewrap", "Seal what you can read to a newly added officer key too") { newKey, keyFolder, dryRun };
        command.SetAction(async (parse, _) =>
        {
            var officerKey = Rewrapper.ReadOfficerKey(parse.GetValue(newKey)!);
            using var keys = UnlockedKeys.Unlock(parse.GetValue(keyFolder)!, Passphrase.Ask(Passphrase.KeyPassphrase));
            var dry = parse.GetValue(dryRun);
            var counts = await Rewrapper.RunAsync(IntakeApiClient.FromEnvironment(), keys, officerKey, dry);
            Console.WriteLine($"{(dry ? "dry run, nothing stored: " : "")}complaints {counts.Complaints}, re-sealed {counts.Resealed}, already readable {counts.AlreadyReadable}, not readable by you {counts.NotReadableByYou}, failed {counts.Failed}");
            return counts.Failed > 0 ? 1 : 0;
        });
        return command;
    }
}
