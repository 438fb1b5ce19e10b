using System.Globalization;
using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

/// <summary>Checks shared by every text field: length and control characters.</summary>
internal static class TextRules
{
    public static FieldError? Check(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (FieldLimits.MaxChars.TryGetValue(field, out var max) && value.Length > max)
        {
            return FieldError.For(field, Messages.TooLong(field, max));
        }
        foreach (var c in value)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not ('\t' or '\n' or '\r'))
            {
                return FieldError.For(field, Messages.ControlCharacters(field));
            }
        }
        return null;
    }
}
