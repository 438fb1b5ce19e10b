namespace IntegritySite.Site.Typography;

/// <summary>One Thai word in a text, by UTF-16 offsets; <paramref name="Listed"/>: a term of the project's word list.</summary>
public readonly record struct ThaiWord(int Start, int End, bool Listed)
{
    public int Length => End - Start;
}
