using System.IO.Hashing;
using System.Runtime.InteropServices;
using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Markdown;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

/// <summary>Load and parse stage: every content file → a typed document; every problem → a located diagnostic.</summary>
public sealed class ContentLoader
{
    /// <summary>Files staff keep beside the content that are not pages.</summary>
    private static readonly HashSet<string> Notes = new(StringComparer.Ordinal) { "README.md", "TYPOS.md" };

    /// <summary>Top-level folders owned by other stages.</summary>
    private static readonly HashSet<string> OtherFolders = new(StringComparer.Ordinal) { "files", "ita", ComplaintStatisticsReader.Folder, Core.Calendar.PublicHolidays.Folder };

    private readonly IReadOnlyDictionary<string, IDocumentReader> _readers;
    private readonly MarkdownRenderer _markdown;
    private readonly Ita.ItaCodeIndex? _itaCodes;

    /// <param name="readers">One per content kind (the site's kinds are declared in Pipeline/Kinds).</param>
    /// <param name="itaCodes">The published ITA items; an <c>ita:</c> code outside them is an error. Null: not checked.</param>
    public ContentLoader(MarkdownRenderer markdown, IEnumerable<IDocumentReader> readers, Ita.ItaCodeIndex? itaCodes = null)
    {
        _markdown = markdown;
        _itaCodes = itaCodes;
        _readers = readers.ToDictionary(r => r.Folder, StringComparer.Ordinal);
    }

    public IReadOnlyList<ContentDocument> Load(SiteSource source, SiteConfig config, DiagnosticBag diagnostics) =>
        Load(source, config, diagnostics, earlier: null).Documents;

    /// <param name="earlier">Each file as an earlier load with the same settings (site.yml, ITA lists) read it: a file
    /// whose bytes are unchanged gives the same document object and the same diagnostics without being parsed again.</param>
    public LoadedContent Load(SiteSource source, SiteConfig config, DiagnosticBag diagnostics, LoadedContent? earlier)
    {
        if (earlier is not null && source.ChangedSince(earlier.Source) is { } changed && changed.All(IsContentPath))
        {
            return LoadChanged(source, config, diagnostics, earlier, changed);
        }
        var pathProblems = new DiagnosticBag();
        var paths = source.Paths.Where(path => IsContent(path, pathProblems)).ToList();
        var files = new LoadedFile?[paths.Count];
        var toLoad = new List<int>();
        for (var i = 0; i < paths.Count; i++)
        {
            files[i] = earlier?.Files.GetValueOrDefault(paths[i]) is { } known && known.HasBytes(source.ReadBytes(paths[i])) ? known : null;
            if (files[i] is null)
            {
                toLoad.Add(i);
            }
        }
        Parallel.ForEach(toLoad, i => files[i] = LoadFile(source, paths[i], source.ReadBytes(paths[i]), config));
        var content = new LoadedContent(source, paths, paths.Zip(files).ToDictionary(p => p.First, p => p.Second!, StringComparer.Ordinal), pathProblems.ToSortedList());
        content.Report(diagnostics);
        return content;
    }

    /// <summary>Only content files changed since <paramref name="earlier"/>: those are loaded again, the rest taken over.</summary>
    private LoadedContent LoadChanged(SiteSource source, SiteConfig config, DiagnosticBag diagnostics, LoadedContent earlier, IReadOnlySet<string> changed)
    {
        var files = new Dictionary<string, LoadedFile>(earlier.Files, StringComparer.Ordinal);
        var paths = earlier.Paths.ToList();
        foreach (var path in changed)
        {
            var at = paths.BinarySearch(path, StringComparer.Ordinal);
            if (!source.Contains(path))
            {
                files.Remove(path);
                if (at >= 0)
                {
                    paths.RemoveAt(at);
                }
                continue;
            }
            files[path] = LoadFile(source, path, source.ReadBytes(path), config);
            if (at < 0)
            {
                paths.Insert(~at, path);
            }
        }
        var content = new LoadedContent(source, paths, files, earlier.PathProblems);
        content.Report(diagnostics);
        return content;
    }

    /// <summary>Whether a path of input/ is a content file (a Markdown file directly inside a content folder).</summary>
    public bool IsContentPath(string path) =>
        path.IndexOf('/') is var slash and > 0
        && _readers.ContainsKey(path[..slash])
        && path.EndsWith(".md", StringComparison.Ordinal)
        && path.IndexOf('/', slash + 1) < 0;

    /// <summary>Tells only a later build in the same process (`serve`) that other pages show the same of a document: no
    /// one chooses these bytes to collide, so a fast non-cryptographic hash of the parts does.</summary>
    private static Guid HeaderKeyOf(string path, string frontMatter, string summary)
    {
        var hash = new XxHash128();
        foreach (var part in (ReadOnlySpan<string>)[path, frontMatter, summary])
        {
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
            hash.Append(BitConverter.GetBytes(part.Length)); // so "ab"+"c" and "a"+"bc" differ
        }
        return new Guid(hash.GetCurrentHash());
    }

    private LoadedFile LoadFile(SiteSource source, string path, byte[] bytes, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var document = LoadOne(source, path, config, diagnostics);
        return new LoadedFile(bytes, document, diagnostics.ToSortedList());
    }

    /// <summary>The content folders, pages first (where most files go): "pages/", "measures/", …</summary>
    private List<string> Folders => _readers.Keys.OrderBy(f => f == "pages" ? 0 : 1).Select(f => f + "/").ToList();

    private static string OrList(List<string> items) => items.Count == 1 ? items[0] : string.Join(", ", items[..^1]) + " or " + items[^1];

    private bool IsContent(string path, DiagnosticBag diagnostics)
    {
        var slash = path.IndexOf('/');
        if (slash < 0)
        {
            if (path.EndsWith(".md", StringComparison.Ordinal) && !Notes.Contains(path))
            {
                diagnostics.Warning(path, 0, 0, $"a Markdown file at the top of input/ is not published; move it into {OrList(Folders)}");
            }
            return false;
        }
        var folder = path[..slash];
        if (OtherFolders.Contains(folder))
        {
            return false;
        }
        if (!_readers.ContainsKey(folder))
        {
            diagnostics.Error(path, 0, 0, $"input/{folder}/ is not a content folder; use {OrList([.. Folders, "ita/", "data/", "holidays/", "files/"])}");
            return false;
        }
        if (!path.EndsWith(".md", StringComparison.Ordinal) || path.IndexOf('/', slash + 1) >= 0)
        {
            diagnostics.Error(path, 0, 0, $"only Markdown files (.md) directly inside {folder}/ are content; put PDFs and images in files/");
            return false;
        }
        return true;
    }

    private ContentDocument? LoadOne(SiteSource source, string path, SiteConfig config, DiagnosticBag diagnostics)
    {
        var contentPath = ContentPath.Parse(path)!;
        var reader = _readers[contentPath.Section];
        var slug = reader.SlugOf(contentPath.Stem);
        if (!ContentPath.IsValidSlug(slug))
        {
            diagnostics.Error(path, 0, 0, $"the file name '{slug}' must be lower-case English letters, digits and dashes (it becomes the web address)");
            return null;
        }
        if (!LanguageExtensions.TryParse(contentPath.LanguageCode, out var language) || !config.Languages.Contains(language))
        {
            diagnostics.Error(path, 0, 0, $"language '{contentPath.LanguageCode}' is not one of the site's languages ({string.Join(", ", config.Languages.Select(l => l.Code()))})");
            return null;
        }

        string text;
        try
        {
            text = source.ReadText(path);
        }
        catch (System.Text.DecoderFallbackException)
        {
            diagnostics.Error(path, 0, 0, "the file is not valid UTF-8 text; save it as UTF-8");
            return null;
        }

        var split = FrontMatterSplitter.Split(path, text, diagnostics);
        if (split is null)
        {
            return null;
        }
        var fields = YamlFields.Parse(path, split.Yaml, split.YamlFirstLine, diagnostics);
        if (fields is null)
        {
            return null;
        }
        var body = _markdown.Render(split.Body, path, split.BodyFirstLine);
        foreach (var gap in body.Gaps)
        {
            diagnostics.Warning(path, gap.Line, 1, $"content still missing, shown to readers as missing until replaced: {gap.Text}");
        }
        var document = reader.Read(new DocumentContext(path, language, slug, fields, body));
        if (document is not null)
        {
            _itaCodes?.Check(document.Ita, fields);
            document = document with { HeaderKey = HeaderKeyOf(path, split.Yaml, document.Summary) };
        }
        fields.ReportUnknownKeys();
        return document;
    }
}
