using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Tests;

/// <summary>The front matter block cut from a content file: settings and body, each with the line it starts on.</summary>
public sealed class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("---\ntitle: a\nstatus: done\n---\nbody\n", "title: a\nstatus: done", "body\n", 5)]
    [InlineData("---\r\ntitle: a\r\n---\r\nline 1\r\nline 2", "title: a", "line 1\nline 2", 4)]
    [InlineData("--- \ntitle: a\n...  \nbody", "title: a", "body", 4)]
    [InlineData("---\n---\nbody", "", "body", 3)]
    [InlineData("---\ntitle: a\n---", "title: a", "", 4)]
    [InlineData("---\ntitle: a\n---\n", "title: a", "", 4)]
    [InlineData("---\ntitle: a\n\n---\n\n# heading\n", "title: a\n", "\n# heading\n", 5)]
    public void Settings_and_body_are_cut_at_the_closing_line(string text, string yaml, string body, int bodyLine)
    {
        var diagnostics = new DiagnosticBag();

        var document = FrontMatterSplitter.Split("measures/01.th.md", text, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(new FrontMatterDocument(yaml, 2, body, bodyLine), document);
    }

    [Theory]
    [InlineData("", "must start with front matter")]
    [InlineData("title: a\n---\n", "must start with front matter")]
    [InlineData("---", "never closed")]
    [InlineData("---\ntitle: a\nbody without a closing line\n", "never closed")]
    public void A_missing_or_unclosed_block_is_an_error_at_the_first_line(string text, string message)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(FrontMatterSplitter.Split("measures/01.th.md", text, diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("measures/01.th.md", 1, Severity.Error), (error.Path, error.Line, error.Severity));
        Assert.Contains(message, error.Message);
    }
}
