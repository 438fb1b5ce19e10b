using System.Globalization;
using System.Text;
using IntegritySite.Site.Derive;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>The coverage report <c>check</c> prints: per sub-indicator present / stale / missing, projected scores, deadlines.</summary>
public static class CoverageSummary
{
    public static string Text(IReadOnlyList<YearCoverage> coverage, IReadOnlyList<ItaDeadline> deadlines, DateOnly today)
    {
        var text = new StringBuilder();
        foreach (var year in coverage)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"ITA {year.Year} coverage (OIT items on this site):");
            foreach (var indicator in year.Score.Indicators)
            {
                foreach (var sub in indicator.SubIndicators)
                {
                    var missing = year.Items.Where(i => i.Item.SubIndicator == sub.SubIndicator.Code && i.State != ItemState.Present)
                        .Select(i => i.State == ItemState.Stale ? $"{i.Item.Code} (stale)" : i.Item.Code);
                    var needs = sub.Present < sub.Items ? $" — needs {string.Join(", ", missing)}" : "";
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"  {sub.SubIndicator.Code,-5} {sub.Present,2}/{sub.Items,-2} present, {sub.Stale} stale, {sub.Missing,2} missing  {Score(sub.Score),6}  {sub.SubIndicator.Title.For(Language.En)}{needs}");
                }
                text.AppendLine(CultureInfo.InvariantCulture, $"  indicator {indicator.Indicator.Code}: {Score(indicator.Score)}  {indicator.Indicator.Title.For(Language.En)}");
            }
            text.AppendLine(CultureInfo.InvariantCulture, $"  projected OIT score: {Score(year.Score.Oit)}");
        }
        foreach (var deadline in deadlines)
        {
            var when = deadline.DaysLeft >= 0
                ? $"due after {ThaiDates.Format(deadline.DueAfter, Language.En)}, in {deadline.DaysLeft} day(s)"
                : $"due since the first half ended on {ThaiDates.Format(deadline.DueAfter, Language.En)}, {-deadline.DaysLeft} day(s) ago";
            text.AppendLine(CultureInfo.InvariantCulture, $"deadline: ITA {deadline.Year} {deadline.Item.Code} ({deadline.Item.Title.For(Language.En)}): {when} (today {ThaiDates.Format(today, Language.En)})");
        }
        return text.ToString();
    }

    private static string Score(decimal score) => ItaScoring.Display(score);
}
