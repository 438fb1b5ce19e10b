namespace IntegritySite.Site.Typography;

/// <summary>The few facts about Thai writing that line breaking needs: which characters are Thai, and which cannot
/// stand at the edge of a word (a vowel written before its consonant, a vowel sign or tone mark after it).</summary>
public static class ThaiScript
{
    /// <summary>The first and last of the Thai letters, vowels, marks, digits and signs.</summary>
    public const char First = '\u0E01', Last = '\u0E5B';

    /// <summary>Thai letters, vowels, marks, digits and signs (U+0E01–U+0E5B).</summary>
    public static bool IsThai(char c) => c is >= First and <= Last;

    /// <summary>เ แ โ ใ ไ: written before the consonant they follow in speech, so a word never ends with one.</summary>
    public static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    /// <summary>ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ ็ ่ ้ ๊ ๋ ์ ํ ๎: belong to the consonant before them, so a word never starts with one.</summary>
    public static bool IsDependent(char c) => c is '\u0E30' or '\u0E31' or '\u0E32' or '\u0E45' or (>= '\u0E33' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');
}
