namespace IntegritySite.Officer;

/// <summary>The Thai government fiscal year, named in the Buddhist Era: FY 2564 runs 1 October 2020 – 30 September 2021.</summary>
internal sealed record FiscalYear(int BuddhistYear)
{
    public DateOnly Start => new(BuddhistYear - 543 - 1, 10, 1);

    public DateOnly End => new(BuddhistYear - 543, 9, 30);
}
