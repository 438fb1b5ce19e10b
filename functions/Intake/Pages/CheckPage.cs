using System.Text;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Pages;

/// <summary>
/// "Check your report before sending" (the GOV.UK check-answers step), rendered by the server so that it works without
/// JavaScript: the answers to read over, a Send button whose form carries a fresh submission id (so a double click,
/// a reload or a resend after a lost answer stores the report once), and the form again, filled in, to change
/// something. With errors, the filled-in form comes first with each problem beside its field. Fields, labels, limits
/// and required rules come from the intake's own lists (<see cref="FieldNames"/>, <see cref="FieldLimits"/>).
/// </summary>
public static class CheckPage
{
    private static readonly string[] TextFields = [FieldNames.What, FieldNames.Who, FieldNames.When, FieldNames.Where, FieldNames.HowKnown, FieldNames.Evidence, FieldNames.Contact];
    private static readonly HashSet<string> LongFields = [FieldNames.What, FieldNames.HowKnown, FieldNames.Evidence];
    private static readonly HashSet<string> RequiredFields = [FieldNames.What, FieldNames.HowKnown];

    /// <param name="problem">Set when the Send failed (store down, or not confirmed): said first, and the same Send form is offered again.</param>
    /// <param name="offer">The file inputs the Send form offers (null: none, and the form stays urlencoded).</param>
    /// <param name="fileErrors">Files refused at the last Send: said first, each by its position; nothing was saved.</param>
    public static string Render(ComplaintSubmission submission, string submissionId, Language language, BilingualText? problem = null,
        AttachmentOffer? offer = null, IReadOnlyList<FieldError>? fileErrors = null)
    {
        var facts = submission.Facts;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [FieldNames.Category] = facts.Category, [FieldNames.What] = facts.What, [FieldNames.Who] = facts.Who, [FieldNames.When] = facts.When,
            [FieldNames.Where] = facts.Where, [FieldNames.HowKnown] = facts.HowKnown, [FieldNames.Evidence] = facts.Evidence, [FieldNames.Contact] = facts.Contact,
        };
        var main = new StringBuilder();
        if (problem is not null)
        {
            main.Append($"""
                <div class="error-summary" role="alert">{Html.Pair(language, Html.Encode(problem.Th), Html.Encode(problem.En))}
                {Html.Pair(language, "กดปุ่ม \"ส่งเรื่อง\" อีกครั้งได้เลย ระบบจะไม่บันทึกซ้ำ", "You can press \"Send report\" again: it will not be stored twice.")}</div>

                """);
        }
        if (fileErrors is { Count: > 0 })
        {
            main.Append($"""
                <div class="error-summary" role="alert" aria-labelledby="file-errors-title">
                <h2 id="file-errors-title">{Html.Inline(language, "ยังไม่ได้ส่ง ไม่มีการบันทึกข้อมูลใด ๆ", "Not sent: nothing was saved")}</h2>
                <ul class="errors">
                {string.Concat(fileErrors.Select(e => $"<li><a href=\"#attachment-1\">{Html.Encode(language.Pick(e.Th, e.En))}</a> <span lang=\"{language.Other().Code()}\">{Html.Encode(language.Pick(e.En, e.Th))}</span></li>\n"))}</ul>
                {Html.Pair(language, "เลือกไฟล์ใหม่ (หรือไม่แนบไฟล์ที่มีปัญหา) แล้วกดปุ่ม \"ส่งเรื่อง\" อีกครั้ง", "Choose the files again (leaving out the refused ones) and press \"Send report\" again.")}
                </div>

                """);
        }
        main.Append(Html.Pair(language, "อ่านทวนเรื่องที่จะแจ้งด้านล่าง ยังไม่มีการบันทึกจนกว่าท่านจะกดปุ่ม \"ส่งเรื่อง\"", "Read your report over. Nothing is saved until you press \"Send report\"."));
        main.Append("<dl class=\"facts check-answers\">\n");
        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            var shown = name == FieldNames.Category ? CategoryLabel(value!, language) : Html.MultiLine(value!);
            main.Append($"<dt>{Html.Inline(language, FieldNames.Label(name))}</dt>\n<dd>{shown}</dd>\n");
        }
        main.Append($"""
            </dl>
            <form class="complaint-form" method="post" action="{ComplaintRoutes.SubmitApi}" accept-charset="utf-8"{(offer is null ? "" : " enctype=\"multipart/form-data\"")}>

            """);
        if (offer is not null)
        {
            main.Append(AttachmentInputs.Render(offer, language));
        }
        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            main.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{Html.Encode(value)}\">\n");
        }
        main.Append($"""
            <input type="hidden" name="{FieldNames.SubmissionId}" value="{Html.Encode(submissionId)}">
            {Html.LanguageField(language)}
            <p><button class="button" type="submit">{Html.Inline(language, "ส่งเรื่อง", "Send report")}</button></p>
            <p class="hint">{Html.Inline(language, "กดส่งซ้ำหรือโหลดหน้าใหม่ได้ ระบบจะบันทึกเรื่องนี้เพียงครั้งเดียว", "Pressing Send twice or reloading is safe: this report is stored once.")}</p>
            </form>
            <details>
            <summary>{Html.Inline(language, "แก้ไขข้อความ", "Change something")}</summary>
            {EditableForm(values, [], language)}
            </details>
            """);
        return Html.Page(language, "ตรวจสอบก่อนส่ง", "Check your report before sending", main.ToString());
    }

    /// <summary>The form again, filled in with what was sent, each problem beside its field; nothing was saved.</summary>
    public static string RenderWithErrors(FieldSet fields, IReadOnlyList<FieldError> errors, Language language)
    {
        var values = TextFields.Append(FieldNames.Category).ToDictionary(name => name, name => fields.Get(name), StringComparer.Ordinal);
        var summary = new StringBuilder();
        foreach (var error in errors)
        {
            var target = error.Field is { } field && values.ContainsKey(field) ? $"#{FieldId(field)}" : "#check-form";
            summary.Append($"<li><a href=\"{target}\">{Html.Encode(language.Pick(error.Th, error.En))}</a> <span lang=\"{language.Other().Code()}\">{Html.Encode(language.Pick(error.En, error.Th))}</span></li>\n");
        }
        return Html.Page(language, "กรุณาแก้ไขก่อนส่ง", "Please correct your report", $"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{Html.Inline(language, "ยังส่งไม่ได้ ข้อมูลยังไม่ถูกบันทึก", "Not sent yet: nothing was saved")}</h2>
            <ul class="errors">
            {summary}</ul>
            </div>
            {EditableForm(values, errors, language)}
            """);
    }

    private static string EditableForm(IReadOnlyDictionary<string, string?> values, IReadOnlyList<FieldError> errors, Language language)
    {
        var form = new StringBuilder();
        form.Append($"<form class=\"complaint-form\" id=\"check-form\" method=\"post\" action=\"{ComplaintRoutes.CheckApi}\" accept-charset=\"utf-8\">\n");
        form.Append(Html.LanguageField(language) + "\n");
        var categoryError = ErrorFor(FieldNames.Category, errors, language);
        form.Append($"<fieldset class=\"field\" id=\"{FieldId(FieldNames.Category)}\"><legend>{Html.Inline(language, FieldNames.Label(FieldNames.Category))}</legend>\n{categoryError}");
        foreach (var (code, label) in ComplaintCategory.All)
        {
            var chosen = values.GetValueOrDefault(FieldNames.Category) == code ? " checked" : "";
            form.Append($"<div class=\"choice\"><input type=\"radio\" id=\"edit-category-{code}\" name=\"category\" value=\"{code}\" required{chosen}><label for=\"edit-category-{code}\">{Html.Inline(language, label)}</label></div>\n");
        }
        form.Append("</fieldset>\n");
        foreach (var name in TextFields)
        {
            var id = FieldId(name);
            var error = ErrorFor(name, errors, language);
            var invalid = error.Length > 0 ? $" aria-invalid=\"true\" aria-describedby=\"{id}-error\"" : "";
            var required = RequiredFields.Contains(name) ? " required" : "";
            var max = FieldLimits.MaxChars[name];
            var value = values.GetValueOrDefault(name);
            var control = LongFields.Contains(name)
                ? $"<textarea id=\"{id}\" name=\"{name}\" rows=\"5\" maxlength=\"{max}\"{required}{invalid}>{Html.Encode(value)}</textarea>"
                : $"<input type=\"text\" id=\"{id}\" name=\"{name}\" maxlength=\"{max}\" value=\"{Html.Encode(value)}\"{required}{invalid}>";
            form.Append($"<div class=\"field\"><label for=\"{id}\">{Html.Inline(language, FieldNames.Label(name))}</label>\n{error}{control}</div>\n");
        }
        form.Append($"""
            <div class="hp" aria-hidden="true"><label for="edit-website">เว็บไซต์</label><input type="text" id="edit-website" name="website" tabindex="-1" autocomplete="off"></div>
            <p><button class="button" type="submit">{Html.Inline(language, "ตรวจสอบอีกครั้ง", "Check again")}</button></p>
            </form>
            """);
        return form.ToString();
    }

    private static string ErrorFor(string field, IReadOnlyList<FieldError> errors, Language language)
    {
        var mine = errors.Where(e => e.Field == field).ToList();
        return mine.Count == 0
            ? ""
            : $"<p class=\"field-error\" id=\"{FieldId(field)}-error\">{string.Join(" ", mine.Select(e => Html.Inline(language, Html.Encode(e.Th), Html.Encode(e.En))))}</p>\n";
    }

    private static string FieldId(string field) => "edit-" + field.Replace('_', '-');

    private static string CategoryLabel(string code, Language language) =>
        ComplaintCategory.All.TryGetValue(code, out var label) ? Html.Inline(language, label) : Html.Encode(code);
}
