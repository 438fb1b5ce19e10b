using System.CommandLine;
using IntegritySite.Officer.Keys;

namespace IntegritySite.Officer.Cli;

/// <summary>Making the officer's keys, and protecting a plain key file under a passphrase.</summary>
internal static class KeyCommands
{
    public static Command Keygen()
    {
        var directory = new Argument<string>("directory") { Description = "Folder for the new keys (private keys encrypted under the passphrase asked for)" };
        var command = new Command("keygen", "Make an officer's keys; prints the public values for the intake's settings") { directory };
        command.SetAction(parse => OfficerKeyFiles.Generate(parse.GetValue(directory)!));
        return command;
    }

    public static Command ProtectKey()
    {
        var file = new Argument<string>("key-file") { Description = "A plain key file (from serve, or an older version)" };
        var command = new Command("protect-key", "Encrypt a plain key file in place under a new passphrase") { file };
        command.SetAction(parse => OfficerKeyFiles.Protect(parse.GetValue(file)!));
        return command;
    }
}
