namespace IntegritySite.Site.Ita;

/// <summary>What an assessor would find for one item: only <see cref="Present"/> scores.</summary>
public enum ItemState
{
    Present,

    /// <summary>There is evidence in period, but it lacks elements the item requires (named in <see cref="ItemCoverage.MissingElements"/>).</summary>
    Partial,

    Missing,

    /// <summary>There is evidence, but all of it is dated outside the period the item requires.</summary>
    Stale,
}

public static class ItemStateNames
{
    public static string Key(this ItemState state) => state switch
    {
        ItemState.Present => "present",
        ItemState.Partial => "partial",
        ItemState.Missing => "missing",
        _ => "stale",
    };
}
