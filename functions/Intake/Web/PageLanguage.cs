using IntegritySite.Intake.Input;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Intake.Web;

/// <summary>
/// The language of the page a reporter came from (the form's hidden <c>lang</c> field): every page the intake answers
/// with, errors included, is in that language first. Thai when not said.
/// </summary>
public static class PageLanguage
{
    private static readonly object Key = new();

    public static Language Of(HttpContext context) => context.Items.TryGetValue(Key, out var language) && language is Language l ? l : Language.Th;

    internal static void Remember(HttpContext context, FieldSet fields)
    {
        if (LanguageExtensions.TryParse(fields.GetTrimmed(FieldNames.Lang) ?? "", out var language))
        {
            context.Items[Key] = language;
        }
    }
}
