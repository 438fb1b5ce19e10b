using System.Collections.Immutable;
using System.Text;

namespace IntegritySite.Site.Content;

/// <summary>
/// The input folder as an immutable set of files keyed by forward-slash relative path.
/// Built from disk for real builds, or from inline strings in tests (Hugo-style), so every stage runs in memory.
/// </summary>
public sealed class SiteSource
{
    private readonly ImmutableSortedDictionary<string, byte[]> _files;

    private SiteSource(ImmutableSortedDictionary<string, byte[]> files, SiteSource? parent = null, IReadOnlySet<string>? changed = null)
    {
        _files = files;
        _parent = parent;
        Changed = changed ?? new HashSet<string>();
    }

    private SiteSource? _parent;

    /// <summary>The input this one was made from by <see cref="With"/>, if any; with <see cref="Changed"/>, a build
    /// that knows the parent's outcome looks only at what changed instead of comparing every file.</summary>
    public SiteSource? Parent => _parent;

    /// <summary>The paths that differ from <see cref="Parent"/> (replaced, added or removed).</summary>
    public IReadOnlySet<string> Changed { get; }

    /// <summary>The paths changed since <paramref name="ancestor"/> when it is a parent, grandparent, …; null when it is not.</summary>
    public IReadOnlySet<string>? ChangedSince(SiteSource ancestor)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var source = this; source is not null; source = source._parent)
        {
            if (ReferenceEquals(source, ancestor))
            {
                return changed;
            }
            changed.UnionWith(source.Changed);
        }
        return null;
    }

    public IEnumerable<string> Paths => _files.Keys;

    public bool Contains(string path) => _files.ContainsKey(path);

    public byte[] ReadBytes(string path) => _files[path];

    public string ReadText(string path) => new UTF8Encoding(false, true).GetString(_files[path]);

    public IEnumerable<string> PathsUnder(string folder) =>
        _files.Keys.Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal));

    public static SiteSource FromFiles(IReadOnlyDictionary<string, string> files) =>
        new(files.ToImmutableSortedDictionary(kv => Normalize(kv.Key), kv => Encoding.UTF8.GetBytes(kv.Value), StringComparer.Ordinal));

    public static SiteSource FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Input folder '{directory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(file => (File: file, Relative: Normalize(Path.GetRelativePath(directory, file))))
            .Where(f => IsInput(f.Relative))
            .ToArray();
        // Read on every core: thousands of small files are mostly the cost of opening each.
        var bytes = new byte[files.Length][];
        Parallel.For(0, files.Length, i => bytes[i] = File.ReadAllBytes(files[i].File));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            builder[files[i].Relative] = bytes[i];
        }
        return new SiteSource(builder.ToImmutable());
    }

    /// <summary>This input with files replaced, added (bytes) or removed (null): how `serve` follows saves without reading
    /// every file again. Unchanged files keep their bytes, so a build can tell them unchanged at a glance.</summary>
    public SiteSource With(IEnumerable<KeyValuePair<string, byte[]?>> changes)
    {
        var builder = _files.ToBuilder();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in changes)
        {
            var normalized = Normalize(path);
            changed.Add(normalized);
            if (bytes is null)
            {
                builder.Remove(normalized);
            }
            else
            {
                builder[normalized] = bytes;
            }
        }
        // One generation is kept: a long `serve` session does not hold every earlier version of the edited files.
        _parent = null;
        return new SiteSource(builder.ToImmutable(), this, changed);
    }

    /// <summary>Whether a relative path is one a build reads (hidden files and folders are not).</summary>
    public static bool IsInput(string relativePath) => !Normalize(relativePath).Split('/').Any(part => part.StartsWith('.'));

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
