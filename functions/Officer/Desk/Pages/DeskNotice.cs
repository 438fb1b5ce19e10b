namespace IntegritySite.Officer.Desk.Pages;

/// <summary>A line said at the top of a page (<see cref="Notice"/>): what was done (a status), or what went wrong (an alert).</summary>
public sealed record DeskNotice(BilingualText Text, bool IsError)
{
    public static DeskNotice Done(BilingualText text) => new(text, IsError: false);

    public static DeskNotice Problem(BilingualText text) => new(text, IsError: true);
}
