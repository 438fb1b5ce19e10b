using System.CommandLine;
using IntegritySite.Site.Serve;

namespace IntegritySite.LocalSite;

/// <summary>`serve --state .local --store sqlite|azurite`: the intake module and its options.</summary>
public sealed class IntakeModuleProvider : ISiteModuleProvider
{
    private readonly Option<string> _state = new("--state") { Description = "Folder for the local complaint store and officer keys", DefaultValueFactory = _ => ".local" };

    private readonly Option<LocalStore> _store = new("--store")
    {
        Description = "Complaint store: sqlite (durable file in --state, the default) or azurite (the Azure Table emulator; not durable)",
        DefaultValueFactory = _ => LocalStore.Sqlite,
    };

    public IReadOnlyList<Option> Options => [_state, _store];

    public async Task<ISiteModule> StartAsync(ParseResult parse, string repoRoot, TextWriter log, CancellationToken ct) =>
        await IntakeModule.StartAsync(parse.GetValue(_state)!, parse.GetValue(_store), repoRoot, log, ct,
            holidaysFolder: parse.GetValue<string>("--input") is { } input ? Path.Combine(input, Core.Calendar.PublicHolidays.Folder) : null);
}
