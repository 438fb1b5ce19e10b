using System.Globalization;
using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

public static partial class SiteConfigReader
{
    public const string FileName = "site.yml";

    public static SiteConfig? Read(SiteSource source, DiagnosticBag diagnostics)
    {
        if (!source.Contains(FileName))
        {
            diagnostics.Error(FileName, 0, 0, "input/site.yml is missing: it names the organisation, its address and the base URL");
            return null;
        }
        var fields = YamlFields.Parse(FileName, source.ReadText(FileName), 1, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var name = fields.Text("name", required: true);
        var tagline = fields.Text("tagline");
        var address = fields.Text("address");
        var phone = fields.String("phone");
        var email = fields.String("email");
        var baseUrl = ReadBaseUrl(fields);
        var languages = ReadLanguages(fields);
        var (month, day) = ReadFiscalYearStart(fields);
        var (itaYears, itaYearsGiven, itaMissingIsError) = ReadIta(fields, source);
        var repository = ReadRepository(fields);
        fields.ReportUnknownKeys();

        if (name is null || baseUrl is null)
        {
            return null;
        }
        return new SiteConfig
        {
            Name = name,
            Tagline = tagline,
            Address = address,
            Phone = phone,
            Email = email,
            BaseUrl = baseUrl,
            Languages = languages,
            FiscalYearStartMonth = month,
            FiscalYearStartDay = day,
            ItaYears = itaYears,
            ItaYearsGiven = itaYearsGiven,
            ItaMissingIsError = itaMissingIsError,
            Repository = repository,
        };
    }

    /// <summary>The GitHub repository of this content, <c>owner/name</c>: where the staff editor (/admin/) opens its pull requests.</summary>
    private static string? ReadRepository(YamlFields fields)
    {
        var text = fields.String("repository");
        if (text is not null && !RepositoryShape().IsMatch(text))
        {
            fields.ErrorAtKey("repository", $"'repository' must be the GitHub repository as owner/name (for example pongnamron/integrity-site), not '{text}'");
            return null;
        }
        return text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial System.Text.RegularExpressions.Regex RepositoryShape();

    private static Uri? ReadBaseUrl(YamlFields fields)
    {
        var text = fields.String("base_url", required: true);
        if (text is null)
        {
            return null;
        }
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            fields.ErrorAtKey("base_url", $"'base_url' must be the site's full address, like https://example.go.th/, not '{text}'");
            return null;
        }
        return uri;
    }

    private static IReadOnlyList<Language> ReadLanguages(YamlFields fields)
    {
        if (!fields.Has("languages"))
        {
            return [Language.Th, Language.En];
        }
        var result = new List<Language>();
        foreach (var code in fields.StringList("languages", required: true))
        {
            if (LanguageExtensions.TryParse(code, out var language))
            {
                result.Add(language);
            }
            else
            {
                fields.ErrorAtKey("languages", $"language '{code}' is not supported; use th and en");
            }
        }
        if (result.Count > 0 && result[0] != Language.Th)
        {
            fields.ErrorAtKey("languages", "Thai (th) must be the first language: it is the original of every page");
        }
        return result.Count == 0 ? [Language.Th] : result;
    }

    private static (int Month, int Day) ReadFiscalYearStart(YamlFields fields)
    {
        var text = fields.String("fiscal_year_start");
        if (text is null)
        {
            return (10, 1);
        }
        if (DateTime.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Month, date.Day);
        }
        fields.ErrorAtKey("fiscal_year_start", $"'fiscal_year_start' must be MM-DD (the Thai fiscal year starts 10-01), not '{text}'");
        return (10, 1);
    }

    private static (IReadOnlyList<int> Years, bool YearsGiven, bool MissingIsError) ReadIta(YamlFields fields, SiteSource source)
    {
        var ita = fields.Mapping("ita");
        if (ita is null)
        {
            return ([], false, false);
        }
        var given = ita.Has("years");
        var years = new List<int>();
        foreach (var text in ita.StringList("years"))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 2500 and < 2700)
            {
                years.Add(year);
                if (!source.Contains($"ita/{year}.yml"))
                {
                    ita.ErrorAtKey("years", $"ITA {year} is published but input/ita/{year}.yml, its list of items, is missing");
                }
            }
            else
            {
                ita.ErrorAtKey("years", $"'{text}' is not an assessment year; write the Buddhist Era year, like 2564");
            }
        }
        var missingIsError = ita.Bool("missing_is_error", false);
        ita.ReportUnknownKeys();
        return (years, given, missingIsError);
    }
}
