namespace IntegritySite.Site.Ita;

/// <summary>Where staff keep ITA data in input/.</summary>
public static class ItaFiles
{
    /// <summary>Evidence that is not a page of the site (PDFs in files/, pages on the main website).</summary>
    public const string Evidence = "ita/evidence.yml";

    /// <summary>Concepts and their code in each year's list: tag content once, count in every year.</summary>
    public const string Crosswalk = "ita/crosswalk.yml";
}
