using System.Text.Json;
using IntegritySite.Site.Content;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Typography;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// On a 360 px phone, every line of Thai text in the real site breaks between two words: at a boundary of the site's
/// segmentation (ICU's dictionary and input/thai-words.txt), never inside a word of the word list. Chromium itself
/// finds the line breaks (the first character of each new line, by its box), in headings, table cells, buttons,
/// labels, menus, badges and paragraphs of every page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ThaiLineBreakTests(SiteFixture site)
{
    /// <summary>Elements whose lines are checked; text of a nested one is checked with that one.</summary>
    private const string Checked = "h1, h2, h3, h4, h5, h6, th, td, button, label, summary, legend, caption, dt, dd, li, p, nav a, .status";

    /// <summary>For each checked element with more than one line: its text and the offsets where a new line starts.</summary>
    private const string FindLineStarts = """
        ([checked, untouched]) => {
          const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
          return [...document.body.querySelectorAll(checked)].map(element => {
            let text = '', previous = null;
            const lineStarts = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement.closest(checked) !== element || node.parentElement.closest(untouched)) continue;
              for (const g of graphemes.segment(node.data)) {
                const range = document.createRange();
                range.setStart(node, g.index);
                range.setEnd(node, g.index + g.segment.length);
                const box = [...range.getClientRects()].find(r => r.width > 0);
                if (!box) continue;
                if (previous && box.top >= previous.bottom - 1) lineStarts.push(text.length + g.index);
                previous = box;
              }
              text += node.data;
            }
            return { tag: element.tagName.toLowerCase(), text, lineStarts };
          }).filter(e => e.lineStarts.length > 0);
        }
        """;

    [Fact]
    public async Task Thai_lines_break_only_between_words_at_360px()
    {
        using var segmenter = new ThaiSegmenter(ThaiWordListReader.Read(SiteSource.FromDirectory(Path.Combine(SiteFixture.RepoRoot, "input")), new DiagnosticBag()));
        var page = await site.NewPageAsync(javaScript: true, width: 360);
        var checkedBreaks = 0;
        var wrong = new List<string>();
        foreach (var url in PageUrls())
        {
            await page.GotoAsync(url);
            var elements = await page.EvaluateAsync<JsonElement>(FindLineStarts, new[] { Checked, ThaiLineBreaks.UntouchedElements });
            foreach (var element in elements.EnumerateArray())
            {
                var text = element.GetProperty("text").GetString()!;
                var words = segmenter.Words(text);
                foreach (var at in element.GetProperty("lineStarts").EnumerateArray().Select(s => s.GetInt32()))
                {
                    if (!ThaiScript.IsThai(text[at - 1]) || !ThaiScript.IsThai(text[at]))
                    {
                        continue; // a break at a space, a digit or Latin text is the browser's to make
                    }
                    checkedBreaks++;
                    var term = words.FirstOrDefault(w => w.Listed && w.Start < at && at < w.End);
                    if (term.Listed || !words.Any(w => w.Start == at))
                    {
                        var why = term.Listed ? $" (inside the listed word {text[term.Start..term.End]})" : "";
                        wrong.Add($"{url} <{element.GetProperty("tag").GetString()}>: …{text[Math.Max(0, at - 12)..at]}/{text[at..Math.Min(text.Length, at + 12)]}…{why}");
                    }
                }
            }
        }
        Assert.True(checkedBreaks > 100, $"only {checkedBreaks} line breaks between Thai letters were found: the check measured nothing");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {checkedBreaks} line breaks fall inside a word:\n" + string.Join("\n", wrong));
    }

    /// <summary>Every page of the built site (its address: the folder of its index.html).</summary>
    private IEnumerable<string> PageUrls() =>
        Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal);
}
