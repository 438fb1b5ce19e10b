namespace IntegritySite.Core.Text;

/// <summary>A text in Thai (shown first on Thai pages) and English.</summary>
public sealed record BilingualText(string Th, string En)
{
    /// <summary>The text in one language, chosen the one way the product chooses by language (<see cref="LanguageExtensions.Pick{T}"/>).</summary>
    public string For(Language language) => language.Pick(Th, En);
}
