using IntegritySite.Site.Tests.Ita;

namespace IntegritySite.Site.Tests;

/// <summary>input/data/complaint-statistics.yml (from <c>officer stats</c>) on the ITA o31 page.</summary>
public sealed class ComplaintStatisticsTests
{
    private const string DataPath = "data/complaint-statistics.yml";

    private static readonly (string Path, string Text)[] StatisticsPages =
    [
        ("pages/complaint-statistics.th.md", "---\ntitle: สถิติเรื่องร้องเรียน\nlayout: complaint-statistics\nita: [o31]\n---\nตัวเลขเท่านั้น\n"),
        ("pages/complaint-statistics.en.md", "---\ntitle: Complaint statistics\nlayout: complaint-statistics\nita: [o31]\n---\nNumbers only.\n"),
    ];

    /// <summary>The file as the officer's tool writes it: every category, every month up to the as-of day.</summary>
    private static string Data(int year = 2564, string asOf = "2021-03-31", string bribery = "0, 0, 0", string procurement = "0, 0, 0", string november = "0, 0, 0")
    {
        var start = new DateOnly(year - 544, 10, 1);
        var end = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var months = new List<string>();
        for (var m = start; m <= end && m < start.AddYears(1); m = m.AddMonths(1))
        {
            var counts = m.Month == 11 ? november : "0, 0, 0";
            months.Add($"  - {{ month: {m:yyyy-MM}, {Counts(counts)} }}");
        }
        return $$"""
            fiscal_year: {{year}}
            as_of: {{asOf}}
            by_category:
              bribery: { {{Counts(bribery)}} }
              procurement: { {{Counts(procurement)}} }
            by_month:
            {{string.Join("\n", months)}}
            """;
    }

    private static string Counts(string triple)
    {
        var n = triple.Split(", ");
        return $"received: {n[0]}, in_progress: {n[1]}, completed: {n[2]}";
    }

    private static Task<Pipeline.BuildResult> BuildAsync(string data, params (string Path, string Text)[] more) =>
        TestSite.BuildAsync([(DataPath, data), .. StatisticsPages, .. more]);

    [Fact]
    public async Task The_page_shows_received_completed_and_in_progress_by_Buddhist_Era_month_and_by_category()
    {
        var result = await BuildAsync(Data(bribery: "3, 1, 2", procurement: "1, 0, 1", november: "4, 1, 3"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var th = result.Html("complaint-statistics/index.html");

        var byMonth = th.GetElementById("complaints-by-month")!;
        Assert.Equal("จำนวนเรื่องร้องเรียนจำแนกตามเดือน", byMonth.QuerySelector("caption")!.TextContent);
        Assert.Equal(["เดือน", "เรื่องที่ได้รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], byMonth.QuerySelectorAll("thead th[scope=col]").Select(h => h.TextContent));
        var rows = byMonth.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["ตุลาคม 2563", "พฤศจิกายน 2563", "ธันวาคม 2563", "มกราคม 2564", "กุมภาพันธ์ 2564", "มีนาคม 2564"], rows.Select(r => r[0]));
        Assert.Equal(["พฤศจิกายน 2563", "4", "3", "1"], rows[1]); // received, completed, in progress
        Assert.Equal(["รวม", "4", "3", "1"], byMonth.QuerySelector("tfoot tr")!.Children.Select(c => c.TextContent.Trim()));
        Assert.All(byMonth.QuerySelectorAll("tbody th"), h => Assert.Equal("row", h.GetAttribute("scope")));
        Assert.All(byMonth.QuerySelectorAll("tbody td"), d => Assert.False(string.IsNullOrEmpty(d.GetAttribute("data-label"))));

        var byCategory = th.GetElementById("complaints-by-category")!.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(6, byCategory.Count);
        Assert.Equal(["การเรียกรับสินบน", "3", "2", "1"], byCategory[0]);
        Assert.Equal(["อื่น ๆ", "0", "0", "0"], byCategory[5]);
        Assert.Null(th.GetElementById("complaint-statistics-none"));
        Assert.Contains("31 มีนาคม 2564", th.QuerySelector(".complaint-statistics .meta")!.TextContent);

        var en = result.Html("en/complaint-statistics/index.html");
        Assert.Equal("November 2020", en.GetElementById("complaints-by-month")!.QuerySelectorAll("tbody th")[1].TextContent);
        Assert.Equal("Bribery", en.GetElementById("complaints-by-category")!.QuerySelector("tbody th")!.TextContent);
    }

    [Fact]
    public async Task A_period_without_complaints_says_none_were_received_in_Thai_and_English()
    {
        var result = await BuildAsync(Data());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var th = result.Html("complaint-statistics/index.html").GetElementById("complaint-statistics-none")!;
        Assert.Contains("ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", th.TextContent);
        Assert.Contains("1 ตุลาคม 2563 – 31 มีนาคม 2564", th.TextContent);
        var en = result.Html("en/complaint-statistics/index.html").GetElementById("complaint-statistics-none")!;
        Assert.Contains("No complaints about corruption or misconduct were received", en.TextContent);
        Assert.Contains("1 October 2020 – 31 March 2021", en.TextContent);
    }

    [Theory]
    [InlineData("fiscal_year: 2564", "fiscal_year: 2564\nfiscal_yaer: 2564", 2, 1, "unknown setting 'fiscal_yaer'; did you mean 'fiscal_year'?")]
    [InlineData("as_of: 2021-03-31", "as_of: 2564-03-31", 2, 8, "write the Gregorian year 2021")]
    [InlineData("bribery: { received: 0,", "bribery: { received: 3,", 4, 24, "'received' (3) must equal in_progress + completed (0)")]
    [InlineData("bribery:", "bribary:", 4, 3, "unknown setting 'bribary'; did you mean 'bribery'?")]
    [InlineData("month: 2021-01", "month: 2020-12", 10, 14, "the month 2020-12 is listed twice")]
    [InlineData("month: 2021-01", "month: 2021-04", 10, 14, "'month' must be a month YYYY-MM from 2020-10 to 2021-03")]
    [InlineData("month: 2021-01, received: 0", "month: 2021-01, received: -1", 10, 33, "'received' must be a whole number, not '-1'")]
    public async Task Mistakes_in_the_data_file_are_errors_at_their_line_and_column(string find, string replace, int line, int column, string message)
    {
        var error = (await BuildAsync(Data().Replace(find, replace, StringComparison.Ordinal))).SingleError();
        Assert.Equal((DataPath, line, column), (error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_month_left_out_is_an_error_at_by_month()
    {
        var data = string.Join("\n", Data().Split('\n').Where(l => !l.Contains("2021-02", StringComparison.Ordinal)));
        var error = (await BuildAsync(data)).SingleError();
        Assert.Equal((DataPath, 7, 3), (error.Path, error.Line, error.Column));
        Assert.Contains("missing: 2021-02", error.Message);
    }

    [Fact]
    public async Task Months_and_categories_must_count_the_same_complaints()
    {
        var error = (await BuildAsync(Data(bribery: "2, 2, 0", november: "1, 1, 0"))).SingleError();
        Assert.Equal((DataPath, 7, 3), (error.Path, error.Line, error.Column));
        Assert.Contains("the months add up to 1 received, 1 in progress, 0 completed, the categories to 2 received, 2 in progress, 0 completed", error.Message);
    }

    [Fact]
    public async Task The_layout_without_the_data_file_and_other_files_in_data_are_errors()
    {
        var noData = (await TestSite.BuildAsync(StatisticsPages)).Errors();
        Assert.Equal(["pages/complaint-statistics.en.md", "pages/complaint-statistics.th.md"], noData.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(noData, e => Assert.Contains("officer stats", e.Message));

        var stray = (await BuildAsync(Data(), ("data/notes.md", "notes"))).SingleError();
        Assert.Equal("data/notes.md", stray.Path);
    }

    [Theory]
    [InlineData(2564, "2021-03-31", "present")]   // the first six months, as ITA 2564 asks at least
    [InlineData(2564, "2021-10-05", "stale")]     // counted after FY 2564 ended
    [InlineData(2563, "2020-09-30", "stale")]     // last year's figures
    public async Task o31_is_dated_by_the_as_of_day_of_the_figures(int year, string asOf, string state)
    {
        var result = await ItaSite.BuildAsync([(DataPath, Data(year, asOf)), .. StatisticsPages]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors()));
        Assert.Equal(state, result.Year().State("o31"));
    }

    [Fact]
    public async Task Without_the_statistics_page_o31_is_missing()
    {
        var result = await ItaSite.BuildAsync((DataPath, Data()));
        Assert.Equal("missing", result.Year().State("o31"));
    }
}
