using System.Globalization;
using System.Text;
using IntegritySite.Site.Derive;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>
/// The coverage report <c>check</c> prints: per sub-indicator present / partial / stale / missing with what each
/// item still needs (the elements a partial item lacks, at its evidence), projected scores, deadlines.
/// </summary>
public static class CoverageSummary
{
    public static string Text(IReadOnlyList<YearCoverage> coverage, IReadOnlyList<ItaDeadline> deadlines, DateOnly today)
    {
        var text = new StringBuilder();
        foreach (var year in coverage)
        {
            var unverified = year.Catalogue.Items.Count(i => i.Uncertain);
            text.AppendLine(CultureInfo.InvariantCulture, $"ITA {year.Year} coverage (OIT items on this site):");
            if (unverified > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {unverified} of {year.Catalogue.Items.Count} items of this list are not verified against the NACC manual ({year.Catalogue.SourcePath}: uncertain)");
            }
            foreach (var indicator in year.Score.Indicators)
            {
                foreach (var sub in indicator.SubIndicators)
                {
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"  {sub.SubIndicator.Code,-5} {sub.Present,2}/{sub.Items,-2} present, {sub.Partial} partial, {sub.Stale} stale, {sub.Missing,2} missing  {Score(sub.Score),6}  {sub.SubIndicator.Title.For(Language.En)}");
                    foreach (var item in year.Items.Where(i => i.Item.SubIndicator == sub.SubIndicator.Code && i.State != ItemState.Present))
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"        {item.Item.Code,-4} {item.State.Key(),-7} {item.Item.Title.For(Language.En)}{Needs(item)}");
                    }
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

    private static string Needs(ItemCoverage item)
    {
        if (item.State != ItemState.Partial)
        {
            return "";
        }
        var at = item.InPeriodAt!;
        var where = at.Line > 0 ? $"{at.Path}:{at.Line}" : at.Path;
        return $" — lacks {string.Join(", ", item.MissingElements.Select(e => e.Key))} ({where})";
    }

    private static string Score(decimal score) => ItaScoring.Display(score);
}
