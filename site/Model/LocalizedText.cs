namespace IntegritySite.Site.Model;

/// <summary>Text in Thai (always) and English (optional; Thai is shown where English is missing).</summary>
public sealed record LocalizedText(string Th, string? En)
{
    public string For(Language language) => language == Language.En && !string.IsNullOrEmpty(En) ? En : Th;
}
