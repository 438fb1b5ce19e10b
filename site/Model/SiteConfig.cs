namespace IntegritySite.Site.Model;

public sealed record SiteConfig
{
    public required LocalizedText Name { get; init; }
    public LocalizedText? Tagline { get; init; }
    public LocalizedText? Address { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Absolute, ending in '/'.</summary>
    public required Uri BaseUrl { get; init; }

    public required IReadOnlyList<Language> Languages { get; init; }
    public required int FiscalYearStartMonth { get; init; }
    public required int FiscalYearStartDay { get; init; }
    public IReadOnlyList<int> ItaYears { get; init; } = [];

    /// <summary>site.yml names the years (<c>ita.years</c>); without it the current fiscal year's assessment is used.</summary>
    public bool ItaYearsGiven { get; init; }

    /// <summary>An ITA item without current evidence fails the build instead of warning (site.yml <c>ita.missing_is_error</c>).</summary>
    public bool ItaMissingIsError { get; init; }

    /// <summary>The GitHub repository (<c>owner/name</c>) the staff editor opens pull requests in; null: the editor works only with the local server.</summary>
    public string? Repository { get; init; }

    public string Absolute(string sitePath) => new Uri(BaseUrl, sitePath.TrimStart('/')).ToString();
}
