namespace IntegritySite.Site.Typography;

/// <summary>One Thai word in a text, by UTF-16 offsets; <paramref name="Listed"/>: a term of the project's word list;
/// <paramref name="LineBreakInside"/>: ICU's line breaker (a browser's) would let a line end inside it.</summary>
public readonly record struct ThaiWord(int Start, int End, bool Listed, bool LineBreakInside = false)
{
    public int Length => End - Start;
}
