namespace IntegritySite.Site.Tests.Ita;

/// <summary>Tags by concept, old codes carried across years, and the crosswalk's own mistakes as located errors.</summary>
public sealed class CrosswalkTests
{
    private static readonly int[] AllLists = [2564, 2566, 2568, 2569];

    [Fact]
    public async Task An_old_code_tag_counts_in_2569_through_the_crosswalk()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2564, 2569]"), AllLists, ItaSite.Page("guideline", "o29"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("present", result.Year(2564).State("o29"));
        Assert.Equal("present", result.Year(2569).State("O18"));
    }

    [Fact]
    public async Task A_year_code_counts_only_in_its_year()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2566, 2569]"), AllLists, ItaSite.Page("hr", "2566:O23"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("present", result.Year(2566).State("O23"));
        Assert.Equal("missing", result.Year(2569).State("O23"));
    }

    [Fact]
    public async Task An_unknown_concept_is_an_error_at_the_tag_naming_the_crosswalk()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2569]"), AllLists, ItaSite.Page("x", "complaint-statistic"));
        var error = result.SingleError();
        Assert.Equal(("pages/x.th.md", 3), (error.Path, error.Line));
        Assert.Contains("'complaint-statistic' is not a concept of ita/crosswalk.yml", error.Message);
    }

    [Fact]
    public async Task A_crosswalk_code_that_a_year_lacks_is_an_error_at_its_line()
    {
        var crosswalk = ItaSite.Crosswalk.Replace("2569:O19]", "2569:O99]", StringComparison.Ordinal);
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2569]"), AllLists, ("ita/crosswalk.yml", crosswalk));
        var error = result.SingleError();
        Assert.Equal("ita/crosswalk.yml", error.Path);
        Assert.Contains("'2569:O99': ITA 2569 has no item O99", error.Message);
        Assert.Contains("codes:", crosswalk.Split('\n')[error.Line - 1]);
    }

    [Fact]
    public async Task An_unknown_element_in_a_catalogue_is_an_error_listing_the_known_ones()
    {
        var catalogue = ItaSite.Catalogue(2569).Replace("elements: [address, phone, email, map]", "elements: [address, fax]", StringComparison.Ordinal);
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2569]"), AllLists, ("ita/2569.yml", catalogue));
        var error = result.SingleError();
        Assert.Equal("ita/2569.yml", error.Path);
        Assert.Contains("'fax' is not an evidence element", error.Message);
        Assert.Contains("email", error.Message);
    }

    [Fact]
    public async Task Without_years_in_site_yml_the_current_fiscal_years_assessment_is_used()
    {
        var siteYml = ItaSite.SiteYml().Replace("\nita: { years: [2564] }\n", "\n", StringComparison.Ordinal);
        var inFiscal2569 = await TestSite.BuildOnAsync(new DateOnly(2026, 5, 1), Files(siteYml));
        Assert.Equal(2569, Assert.Single(Years(inFiscal2569)));
        Assert.DoesNotContain(inFiscal2569.Diagnostics, d => d.Message.Contains("has no list of items"));

        var inFiscal2570 = await TestSite.BuildOnAsync(new DateOnly(2026, 12, 2), Files(siteYml));
        Assert.Equal(2569, Assert.Single(Years(inFiscal2570)));
        Assert.Contains(inFiscal2570.Diagnostics, d => d.Path == "site.yml" && d.Message.Contains("ITA 2570 (this fiscal year) has no list of items"));
    }

    private static (string Path, string Text)[] Files(string siteYml) =>
    [
        ("site.yml", siteYml), ItaSite.ComplaintForm, ("ita/crosswalk.yml", ItaSite.Crosswalk),
        .. AllLists.Select(y => ($"ita/{y}.yml", ItaSite.Catalogue(y))),
    ];

    private static IEnumerable<int> Years(Pipeline.BuildResult result) =>
        System.Text.Json.JsonDocument.Parse(result.File(IntegritySite.Site.Ita.CoverageJson.SitePath)!.ReadText()).RootElement
            .GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32());
}
