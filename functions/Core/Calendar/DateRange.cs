namespace IntegritySite.Core.Calendar;

/// <summary>An inclusive range of days.</summary>
public sealed record DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
