using static IntegritySite.Officer.Desk.Pages.DeskHtml;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>The passphrase form: the keys are opened in this process and stay in its memory until locked.</summary>
internal static class UnlockPage
{
    public static string Render(string csrf, string keyDirectory, string? error)
    {
        var errorBlock = error is null ? "" : $"<div class=\"error\" role=\"alert\" id=\"passphrase-error\"><p>{Encode(error)}</p></div>";
        var described = error is null ? "passphrase-hint" : "passphrase-hint passphrase-error";
        return $"""
            {errorBlock}
            <form method="post" action="/unlock">
            {CsrfField(csrf)}
            <label for="passphrase">{Both("รหัสผ่านของกุญแจ", "Key passphrase")}</label>
            <p id="passphrase-hint">{Both("รหัสผ่านที่ตั้งไว้ตอนสร้างกุญแจ (officer keygen หรือ officer protect-key)", "The passphrase set when the keys were made (officer keygen or officer protect-key)")}</p>
            <input id="passphrase" name="passphrase" type="password" autocomplete="current-password" required aria-describedby="{described}">
            <div><button type="submit">{Both("ปลดล็อกกุญแจ", "Unlock")}</button></div>
            </form>
            <p>{Both("ไฟล์กุญแจ", "Key files")}: <code>{Encode(keyDirectory)}</code></p>
            """;
    }
}
