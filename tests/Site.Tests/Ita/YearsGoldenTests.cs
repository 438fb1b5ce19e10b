using System.Text.Json;
using IntegritySite.Site.Tests;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>
/// Every shipped catalogue, scored from a site tagged by concept only: full coverage scores 100; one element taken
/// away turns exactly that item partial and lowers the score by that item's weight in the model.
/// </summary>
public sealed class YearsGoldenTests
{
    private static readonly int[] Years = [2564, 2566, 2568, 2569];

    public static TheoryData<int> AllYears => new(Years);

    /// <summary>(year, item, element): an item of each year that requires the element, and the concept that tags it.</summary>
    public static TheoryData<int, string, string> OneElementEach => new()
    {
        { 2564, "o5", "email" },
        { 2566, "O27", "time-taken" },
        { 2568, "O4", "map" },
        { 2569, "O18", "channel" },
        { 2569, "O23", "budget" },
        { 2569, "O4", "address" },
    };

    [Theory]
    [MemberData(nameof(AllYears))]
    public async Task Concepts_on_every_item_with_every_element_score_100(int year)
    {
        var result = await BuildFullAsync(year);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var coverage = result.Year(year);
        Assert.All(coverage.GetProperty("items").EnumerateArray(), item => Assert.Equal("present", item.GetProperty("state").GetString()));
        Assert.Equal(100m, coverage.Oit());
    }

    [Theory]
    [MemberData(nameof(OneElementEach))]
    public async Task Removing_one_element_makes_exactly_that_item_partial_and_costs_its_weight(int year, string code, string element)
    {
        var full = (await BuildFullAsync(year)).Year(year);
        var result = await BuildFullAsync(year, withoutElementOn: (code, element));
        var coverage = result.Year(year);

        var changed = coverage.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("state").GetString() != "present").ToList();
        var item = Assert.Single(changed);
        Assert.Equal((code, "partial"), (item.GetProperty("code").GetString(), item.GetProperty("state").GetString()));
        Assert.Equal([element], item.GetProperty("missing_elements").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ExpectedDrop(full, code), ItaRound(100m - coverage.Oit()));
        Assert.Contains(result.Diagnostics, d => d.Path == $"pages/{Slug(code)}.th.md" && d.Line == 3 && d.Message.Contains($"ITA {year} {code}") && d.Message.Contains(element));
    }

    [Fact]
    public async Task Figures_of_2564_still_hold_next_to_2569()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2564, 2569]"), [2564, 2566, 2568, 2569],
            ItaSite.PageWith("pledge", ItaSite.FullBody(), "o34", "o35", "o36"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(18.75m, result.Year(2564).Indicator("10"));
        // o34 executive pledge → O20 No Gift; o36 risk → O21 risk in 2569: 2 of 4 in 10.2, none of 10.1 → 25.
        Assert.Equal(25m, result.Year(2569).Indicator("10"));
    }

    /// <summary>One page per item, tagged by the item's concept (or YEAR:CODE where the crosswalk has none), each with every element; statistics items on the statistics page.</summary>
    private static Task<Pipeline.BuildResult> BuildFullAsync(int year, (string Code, string Element)? withoutElementOn = null)
    {
        var items = CatalogueItems(year);
        var concepts = ConceptsByCode(year);
        var statisticsCodes = items.Where(i => i.Elements.Contains("received")).Select(i => i.Code).ToHashSet();
        var files = new List<(string Path, string Text)>();
        foreach (var (code, _) in items.Where(i => !statisticsCodes.Contains(i.Code)))
        {
            var body = withoutElementOn is { } w && w.Code == code ? ItaSite.FullBody(without: w.Element) : ItaSite.FullBody();
            files.Add(ItaSite.PageWith(Slug(code), body, concepts.TryGetValue(code, out var concept) ? concept : $"{year}:{code}"));
        }
        var firstHalfEnd = new DateOnly(year - 543, 3, 31);
        foreach (var code in statisticsCodes)
        {
            files.AddRange(ItaSite.Statistics(year, firstHalfEnd, concepts.TryGetValue(code, out var concept) ? concept : $"{year}:{code}"));
        }
        return ItaSite.BuildWithAsync(ItaSite.SiteYml($"years: [{year}]"), Years, [.. files]);
    }

    private static string Slug(string code) => $"item-{code.ToLowerInvariant()}";

    private static decimal ExpectedDrop(JsonElement full, string code)
    {
        var items = full.GetProperty("items").EnumerateArray().ToList();
        var sub = items.Single(i => i.GetProperty("code").GetString() == code).GetProperty("sub_indicator").GetString();
        var indicators = full.GetProperty("scores").GetProperty("indicators").EnumerateArray().ToList();
        var indicator = indicators.Single(i => i.GetProperty("sub_indicators").EnumerateArray().Any(s => s.GetProperty("code").GetString() == sub));
        var inSub = items.Count(i => i.GetProperty("sub_indicator").GetString() == sub);
        var subs = indicator.GetProperty("sub_indicators").GetArrayLength();
        return ItaRound(100m / inSub / subs / indicators.Count);
    }

    private static decimal ItaRound(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);

    private static IReadOnlyList<(string Code, IReadOnlyList<string> Elements)> CatalogueItems(int year)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(ItaSite.Catalogue(year)));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        var items = (YamlDotNet.RepresentationModel.YamlSequenceNode)root["items"];
        return items.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>().Select(item =>
        {
            var elements = item.Children.TryGetValue("elements", out var list)
                ? ((YamlDotNet.RepresentationModel.YamlSequenceNode)list).Select(e => e.ToString()).ToList()
                : [];
            return (item["code"].ToString(), (IReadOnlyList<string>)elements);
        }).ToList();
    }

    /// <summary>For each code of the year, a concept of the crosswalk that is that code in this year and in no other item of it.</summary>
    private static Dictionary<string, string> ConceptsByCode(int year)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(ItaSite.Crosswalk));
        var concepts = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode)["concepts"];
        var byCode = new Dictionary<string, string>();
        foreach (YamlDotNet.RepresentationModel.YamlMappingNode concept in concepts)
        {
            var code = ((YamlDotNet.RepresentationModel.YamlSequenceNode)concept["codes"]).Select(c => c.ToString()).FirstOrDefault(c => c.StartsWith($"{year}:", StringComparison.Ordinal));
            if (code is not null)
            {
                byCode.TryAdd(code[5..], concept["key"].ToString());
            }
        }
        return byCode;
    }
}
