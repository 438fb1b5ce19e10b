namespace IntegritySite.Officer.Desk;

/// <summary>
/// Which reports this officer has opened in the desk, kept so the inbox can mark the others "new". Only report ids
/// (keyed hashes that say nothing about a report) are written, one per line, to a file readable by this user only.
/// </summary>
internal sealed class SeenReports
{
    private readonly string _path;
    private readonly HashSet<string> _seen;
    private readonly Lock _gate = new();

    public SeenReports(string path)
    {
        _path = path;
        _seen = File.Exists(path) ? File.ReadAllLines(path).Where(line => line.Length == 64).ToHashSet(StringComparer.Ordinal) : [];
    }

    public bool HasSeen(string id)
    {
        lock (_gate)
        {
            return _seen.Contains(id);
        }
    }

    public void MarkSeen(string id)
    {
        lock (_gate)
        {
            if (!_seen.Add(id))
            {
                return;
            }
            var temporary = _path + ".writing";
            File.Delete(temporary);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var writer = new StreamWriter(new FileStream(temporary, options)))
            {
                foreach (var seen in _seen.Order(StringComparer.Ordinal))
                {
                    writer.WriteLine(seen);
                }
            }
            File.Move(temporary, _path, overwrite: true);
        }
    }
}
