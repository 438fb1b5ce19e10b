using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>ITA codes, evidence.yml and the catalogues are checked like every other input: located errors.</summary>
public sealed class ValidationTests
{
    [Fact]
    public async Task Front_matter_code_outside_the_published_catalogue_is_a_located_error()
    {
        var result = await ItaSite.BuildAsync(("pages/about.th.md", "---\ntitle: เกี่ยวกับเรา\nita: [o44]\n---\n"));
        var error = result.SingleError();
        Assert.Equal(("pages/about.th.md", 3, 6), (error.Path, error.Line, error.Column));
        Assert.Contains("'o44'", error.Message);
        Assert.Contains("2564", error.Message);
    }

    [Fact]
    public async Task A_2566_code_on_a_2564_site_says_how_the_catalogue_writes_it()
    {
        var result = await ItaSite.BuildAsync(("pages/about.th.md", "---\ntitle: เกี่ยวกับเรา\nita: [O42]\n---\n"));
        Assert.Contains("o42", result.SingleError().Message);
    }

    [Fact]
    public async Task Evidence_yml_code_outside_the_catalogue_is_a_located_error()
    {
        var evidence = "evidence:\n  - item: o50\n    title: { th: แฟ้ม }\n    url: https://x.example/\n";
        var error = (await ItaSite.BuildAsync(("ita/evidence.yml", evidence))).SingleError();
        Assert.Equal(("ita/evidence.yml", 2, 11), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public async Task Evidence_yml_file_that_is_not_in_input_files_is_a_located_error()
    {
        var evidence = "evidence:\n  - item: o23\n    title: { th: แฟ้ม }\n    url: /files/nothing.pdf\n";
        var error = (await ItaSite.BuildAsync(("ita/evidence.yml", evidence))).SingleError();
        Assert.Equal(("ita/evidence.yml", 4, 10), (error.Path, error.Line, error.Column));
        Assert.Contains("input/files/nothing.pdf", error.Message);
    }

    [Fact]
    public async Task Evidence_yml_misspelt_key_is_an_error_that_suggests_the_right_one()
    {
        var evidence = "evidence:\n  - item: o23\n    titel: { th: แฟ้ม }\n    title: { th: แฟ้ม }\n    url: https://x.example/\n";
        var error = (await ItaSite.BuildAsync(("ita/evidence.yml", evidence))).SingleError();
        Assert.Equal(3, error.Line);
        Assert.Contains("'titel'", error.Message);
    }

    [Fact]
    public async Task Missing_items_are_warnings_at_their_catalogue_line_by_default()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Everything2564("o7"));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "ita/2564.yml"), (warning.Severity, warning.Path));
        Assert.Equal("  - code: o7", ItaSite.Catalogue2564.Split('\n')[warning.Line - 1].TrimEnd());
    }

    [Fact]
    public async Task Missing_items_are_errors_with_missing_is_error()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2564], missing_is_error: true"),
            ItaSite.Everything2564("o7"));
        Assert.Contains("o7", result.SingleError().Message);
    }

    [Fact]
    public async Task Published_year_without_its_catalogue_is_an_error_in_site_yml()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2564, 2565]"));
        var error = result.SingleError();
        Assert.Equal("site.yml", error.Path);
        Assert.Contains("ita/2565.yml", error.Message);
    }

    [Fact]
    public async Task Catalogue_mistakes_are_located_errors()
    {
        var broken = ItaSite.Catalogue2564.Replace("sub_indicator: \"9.2\"\n    title: { th: \"แผนดำเนินงานประจำปี\"", "sub_indicator: \"9.9\"\n    title: { th: \"แผนดำเนินงานประจำปี\"", StringComparison.Ordinal)
                                          .Replace("period: previous-fiscal-year", "period: last-year", StringComparison.Ordinal);
        var result = await ItaSite.BuildAsync(("ita/2564.yml", broken));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors(), e => e.Path == "ita/2564.yml" && e.Line > 0 && e.Message.Contains("'9.9'", StringComparison.Ordinal));
        Assert.Contains(result.Errors(), e => e.Path == "ita/2564.yml" && e.Line > 0 && e.Message.Contains("last-year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unpublished_catalogues_are_still_checked()
    {
        var result = await ItaSite.BuildAsync(("ita/2566.yml", "year: 2565\ntitle: x\nindicators: []\nitems: []\n"));
        Assert.Contains(result.Errors(), e => e.Path == "ita/2566.yml" && e.Message.Contains("2566.yml", StringComparison.Ordinal));
    }
}
