using IntegritySite.Site.Ita;
using IntegritySite.Site.Content.FrontMatter;

namespace IntegritySite.Site.Content.Ita;

/// <summary>The item codes of the published years' catalogues: an <c>ita:</c> code outside them is an error at its line.</summary>
public sealed class ItaCodeIndex(IReadOnlyList<ItaCatalogue> published)
{
    public bool Contains(string code) => published.Any(c => c.Contains(code));

    public bool Contains(string code, int year) => published.Any(c => c.Year == year && c.Contains(code));

    public bool Publishes(int year) => published.Any(c => c.Year == year);

    /// <summary>Reports every code of a front-matter <c>ita:</c> list that no published year has.</summary>
    public void Check(IReadOnlyList<string> codes, YamlFields fields)
    {
        foreach (var code in codes.Where(c => !Contains(c)))
        {
            fields.ErrorAtKey("ita", Unknown(code));
        }
    }

    public string Unknown(string code)
    {
        var years = string.Join(", ", published.Select(c => c.Year));
        var otherCase = published.SelectMany(c => c.Items).FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        var hint = otherCase is not null
            ? $"; the catalogue writes it {otherCase.Code} (o for 2563–2565, O from 2566)"
            : $"; the published years have {string.Join(", ", published.Select(Range))}";
        return $"'{code}' is not an item of the published ITA year(s) {years} (site.yml ita.years){hint}";
    }

    private static string Range(ItaCatalogue catalogue) =>
        catalogue.Items.Count == 0 ? $"{catalogue.Year}: no items" : $"{catalogue.Items[0].Code}–{catalogue.Items[^1].Code} in {catalogue.Year}";
}
