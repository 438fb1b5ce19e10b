namespace IntegritySite.Site.Publishing;

/// <summary>What changed in input/ since the last build: paths relative to it (files or folders, created, changed,
/// deleted or renamed), or everything (the watcher lost events, or nothing was built yet).</summary>
public sealed record InputChanges(IReadOnlySet<string> Paths, bool Everything = false)
{
    public static readonly InputChanges All = new(new HashSet<string>(), Everything: true);
}
