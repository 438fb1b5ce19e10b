namespace IntegritySite.Site.Ita;

/// <summary>Where staff keep ITA data in input/.</summary>
public static class ItaFiles
{
    /// <summary>Evidence that is not a page of the site (PDFs in files/, pages on the main website).</summary>
    public const string Evidence = "ita/evidence.yml";
}
