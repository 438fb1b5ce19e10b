namespace IntegritySite.Site.Tests;

/// <summary>Every kind of bad input gives one clear error that names the file, line and column.</summary>
public sealed class ContentErrorTests
{
    [Fact]
    public async Task Unknown_key_is_an_error_at_its_line_with_a_suggestion()
    {
        var result = await TestSite.BuildAsync(("measures/01-a.th.md", TestSite.Measure(1, extra: "monitring: x")));
        var error = result.SingleError();
        Assert.Equal("measures/01-a.th.md", error.Path);
        Assert.Equal(10, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("unknown setting 'monitring'", error.Message);
        Assert.Contains("did you mean 'monitoring'?", error.Message);
    }

    [Fact]
    public async Task Wrong_type_is_an_error_at_the_value()
    {
        var text = TestSite.Measure(1).Replace("number: 1", "number: หนึ่ง");
        var error = (await TestSite.BuildAsync(("measures/01-a.th.md", text))).SingleError();
        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.Contains("'number' must be a whole number, not 'หนึ่ง'", error.Message);
    }

    [Fact]
    public async Task Unknown_status_value_lists_the_allowed_ones()
    {
        var error = (await TestSite.BuildAsync(("measures/01-a.th.md", TestSite.Measure(1, status: "finished")))).SingleError();
        Assert.Equal(8, error.Line);
        Assert.Contains("'status' must be one of not-started | in-progress | done, not 'finished'", error.Message);
    }

    [Fact]
    public async Task Missing_required_key_is_named()
    {
        var text = TestSite.Measure(1).Replace("title: มาตรการที่ 1\n", "");
        var error = (await TestSite.BuildAsync(("measures/01-a.th.md", text))).SingleError();
        Assert.Equal("measures/01-a.th.md", error.Path);
        Assert.Contains("the setting 'title' is missing", error.Message);
    }

    [Fact]
    public async Task Buddhist_era_date_tells_the_gregorian_year()
    {
        var text = "---\ntitle: ประกาศ\ndate: 2564-03-25\nkind: general\n---\n";
        var error = (await TestSite.BuildAsync(("announcements/x.th.md", text))).SingleError();
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("write the Gregorian year 2021", error.Message);
    }

    [Fact]
    public async Task Malformed_yaml_is_located()
    {
        var text = "---\ntitle: [unclosed\nlayout: page\n---\n";
        var error = (await TestSite.BuildAsync(("pages/about.th.md", text))).SingleError();
        Assert.Equal("pages/about.th.md", error.Path);
        Assert.InRange(error.Line, 2, 4);
        Assert.Contains("the YAML cannot be read", error.Message);
    }

    [Fact]
    public async Task Missing_front_matter_is_an_error_on_line_one()
    {
        var error = (await TestSite.BuildAsync(("pages/about.th.md", "# เกี่ยวกับเรา\n"))).SingleError();
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("must start with front matter", error.Message);
    }

    [Fact]
    public async Task Status_must_match_the_newest_history_entry()
    {
        var history = "history:\n  - date: 2021-01-10\n    status: in-progress";
        var error = (await TestSite.BuildAsync(("measures/01-a.th.md", TestSite.Measure(1, status: "done", history: history)))).SingleError();
        Assert.Equal(8, error.Line);
        Assert.Contains("newest history entry (2021-01-10) says in-progress", error.Message);
    }

    [Fact]
    public async Task History_out_of_order_is_an_error_at_the_later_entry()
    {
        var history = "history:\n  - date: 2021-03-01\n    status: in-progress\n  - date: 2021-01-01\n    status: done";
        var error = (await TestSite.BuildAsync(("measures/01-a.th.md", TestSite.Measure(1, history: history)))).SingleError();
        Assert.Equal(12, error.Line);
        Assert.Contains("oldest first", error.Message);
    }

    [Fact]
    public async Task Every_error_of_a_build_is_reported_together()
    {
        var result = await TestSite.BuildAsync(
            ("measures/01-a.th.md", TestSite.Measure(1, status: "finished")),
            ("measures/02-b.th.md", TestSite.Measure(2, extra: "colour: red")),
            ("announcements/x.th.md", "---\ntitle: t\ndate: 2021-13-01\nkind: general\n---\n"));
        Assert.Equal(["announcements/x.th.md", "measures/01-a.th.md", "measures/02-b.th.md"], result.Errors().Select(e => e.Path));
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task Duplicate_measure_numbers_name_both_files()
    {
        var result = await TestSite.BuildAsync(("measures/01-a.th.md", TestSite.Measure(1)), ("measures/01-b.th.md", TestSite.Measure(1)));
        var error = result.SingleError();
        Assert.Equal("measures/01-b.th.md", error.Path);
        Assert.Contains("measure number 1 is already used by measures/01-a.th.md", error.Message);
    }

    [Fact]
    public async Task Translation_that_disagrees_on_status_is_an_error()
    {
        var result = await TestSite.BuildAsync(
            ("measures/01-a.th.md", TestSite.Measure(1, status: "done")),
            ("measures/01-a.en.md", TestSite.Measure(1, status: "in-progress")));
        var error = result.SingleError();
        Assert.Equal("measures/01-a.en.md", error.Path);
        Assert.Contains("status is in-progress, the original says done", error.Message);
    }

    [Fact]
    public async Task Translation_without_thai_original_is_an_error()
    {
        var error = (await TestSite.BuildAsync(("pages/about.en.md", "---\ntitle: About\n---\n"))).SingleError();
        Assert.Contains("no Thai original; add pages/about.th.md", error.Message);
    }

    [Fact]
    public async Task Unknown_language_suffix_is_an_error()
    {
        var error = (await TestSite.BuildAsync(("pages/about.fr.md", "---\ntitle: À propos\n---\n"))).SingleError();
        Assert.Contains("language 'fr' is not one of the site's languages", error.Message);
    }

    [Fact]
    public async Task Site_settings_errors_are_located_in_site_yml()
    {
        var result = await TestSite.BuildAsync(("site.yml", TestSite.SiteYml + "\nfiscal_year_start: October\nbase_urll: x\n"));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors(), e => e.Path == "site.yml" && e.Line == 4 && e.Message.Contains("'fiscal_year_start' must be MM-DD"));
        Assert.Contains(result.Errors(), e => e.Path == "site.yml" && e.Line == 5 && e.Message.Contains("did you mean 'base_url'?"));
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_for_the_file()
    {
        // Inline sites are always valid UTF-8, so the invalid bytes go through a real folder.
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "site.yml"), TestSite.SiteYml);
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        File.WriteAllBytes(Path.Combine(folder, "pages", "a.th.md"), [.. "---\ntitle: "u8.ToArray(), 0xE0, 0x28, .. "\n---\n"u8.ToArray()]);
        var result = await new IntegritySite.Site.Pipeline.SiteBuilder().BuildAsync(IntegritySite.Site.Content.SiteSource.FromDirectory(folder));
        var error = result.SingleError();
        Assert.Equal("pages/a.th.md", error.Path);
        Assert.Contains("not valid UTF-8", error.Message);
    }
}
