using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Intake.Input;

/// <summary>The ?from=YYYY-MM-DD&amp;to=YYYY-MM-DD of the statistics request, both days included.</summary>
public sealed record StatisticsPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Ten years of months at most, so one request cannot ask for an unbounded list.</summary>
    private const int MaxDays = 3660;

    public static (StatisticsPeriod? Period, IReadOnlyList<FieldError> Errors) Read(IQueryCollection query)
    {
        var from = Day(query, "from");
        var to = Day(query, "to");
        var errors = new List<FieldError>();
        if (from is null)
        {
            errors.Add(FieldError.For("from", Messages.PeriodDate("from")));
        }
        if (to is null)
        {
            errors.Add(FieldError.For("to", Messages.PeriodDate("to")));
        }
        if (from is { } start && to is { } end && (end < start || end.DayNumber - start.DayNumber > MaxDays))
        {
            errors.Add(FieldError.For("to", Messages.PeriodOrder));
        }
        return errors.Count == 0 ? (new StatisticsPeriod(from!.Value, to!.Value), errors) : (null, errors);
    }

    /// <summary>A Buddhist Era year (2564-10-01) is refused rather than read as a date five centuries ahead.</summary>
    private static DateOnly? Day(IQueryCollection query, string name) =>
        BangkokDate.TryParse(query[name].ToString()) is { Year: < 2400 } day ? day : null;
}
