using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>The published 2564 score rows, reproduced by building sites whose evidence matches them.</summary>
public sealed class ScoringGoldenTests
{
    private static readonly string[] AllOf9 = Enumerable.Range(1, 33).Select(n => $"o{n}").ToArray();

    [Fact]
    public async Task Indicator_10_is_18_75_with_three_of_eight_10_1_items_and_neither_10_2_item()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Page("pledge", "o34", "o35", "o36"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(18.75m, result.Year().Indicator("10"));
    }

    [Fact]
    public async Task Indicator_10_is_93_75_with_one_10_1_item_missing()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Page("all-but-o41", "o34", "o35", "o36", "o37", "o38", "o39", "o40", "o42", "o43"));
        Assert.Equal(93.75m, result.Year().Indicator("10"));
        Assert.Equal("missing", result.Year().State("o41"));
    }

    [Fact]
    public async Task Indicator_9_is_97_78_with_one_9_1_item_missing()
    {
        var result = await ItaSite.BuildAsync([ItaSite.Page("all-but-o9", AllOf9.Where(c => c != "o9" && c != "o31").ToArray()), .. ItaSite.Statistics(2564, new DateOnly(2021, 3, 31), "o31")]);
        Assert.Equal(97.78m, result.Year().Indicator("9"));
    }

    [Fact]
    public async Task Evidence_for_every_item_projects_OIT_100()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Everything2564());
        Assert.Equal(100m, result.Year().Oit());
        Assert.Equal(100m, result.Year().Indicator("9"));
        Assert.Equal(100m, result.Year().Indicator("10"));
    }

    [Fact]
    public void Scoring_is_the_mean_of_sub_indicator_shares_then_of_indicators()
    {
        var catalogue = TinyCatalogue();
        var score = ItaScoring.Score(catalogue, new Dictionary<string, ItemState>
        {
            ["o1"] = ItemState.Present, ["o2"] = ItemState.Stale, ["o3"] = ItemState.Present, ["o4"] = ItemState.Missing,
        });
        // 9.1: 1 of 2 = 50; 9.2: 1 of 1 = 100 → indicator 9 = 75; 10.1: 0 of 1 → indicator 10 = 0; OIT = 37.5.
        Assert.Equal(75m, score.Indicators[0].Score);
        Assert.Equal(0m, score.Indicators[1].Score);
        Assert.Equal(37.5m, score.Oit);
        Assert.Equal((2, 1, 1, 0), (score.Indicators[0].SubIndicators[0].Items, score.Indicators[0].SubIndicators[0].Present, score.Indicators[0].SubIndicators[0].Stale, score.Indicators[0].SubIndicators[0].Missing));
    }

    [Theory]
    [InlineData("97.775", "97.78")]
    [InlineData("97.7777777777777777777777777", "97.78")]
    [InlineData("18.75", "18.75")]
    public void Scores_are_shown_with_two_decimals_rounded_half_up(string exact, string shown) =>
        Assert.Equal(decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture), ItaScoring.Round(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)));

    private static ItaCatalogue TinyCatalogue()
    {
        var text = new Model.LocalizedText("ข้อ", "Item");
        var at = new SourceLocation("ita/2564.yml", 1, 1);
        ItaItem Item(string code, string sub) => new(code, sub, text, text, ItaPeriod.Any, false, null, at);
        return new ItaCatalogue(2564, text,
            [new ItaIndicator("9", text, [new ItaSubIndicator("9.1", text), new ItaSubIndicator("9.2", text)]), new ItaIndicator("10", text, [new ItaSubIndicator("10.1", text)])],
            [Item("o1", "9.1"), Item("o2", "9.1"), Item("o3", "9.2"), Item("o4", "10.1")],
            "ita/2564.yml");
    }
}
