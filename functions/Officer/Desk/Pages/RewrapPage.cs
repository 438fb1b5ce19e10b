using IntegritySite.Officer.Rewrap;
using static IntegritySite.Officer.Desk.Pages.DeskHtml;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>Giving a newly added officer access to reports received before that officer's key existed.</summary>
internal static class RewrapPage
{
    public static string Form(string csrf, string? error) => $"""
        {(error is null ? "" : $"<div class=\"error\" role=\"alert\"><p>{Encode(error)}</p></div>")}
        <p>{Both("ขั้นแรก ผู้ดูแลระบบเพิ่มกุญแจสาธารณะของเจ้าหน้าที่คนใหม่ใน Intake:OfficerPublicKeys เรื่องใหม่จะถึงเจ้าหน้าที่คนนั้นเอง หน้านี้ปิดผนึกเรื่องเก่าที่ท่านอ่านได้ถึงเจ้าหน้าที่คนนั้นด้วย", "First the administrator adds the new officer's public key to Intake:OfficerPublicKeys; new reports reach that officer from then on. This page seals the older reports you can read to that officer too.")}</p>
        <form method="post" action="/rewrap">
        {CsrfField(csrf)}
        <label for="officer_key">{Both("กุญแจสาธารณะของเจ้าหน้าที่คนใหม่ (officer-public.key)", "The new officer's public key (officer-public.key)")}</label>
        <input id="officer_key" name="officer_key" size="48" autocomplete="off" spellcheck="false" required>
        <div>
        <button type="submit" name="mode" value="dry-run" class="secondary">{Both("นับก่อน ยังไม่บันทึก", "Count first, store nothing")}</button>
        <button type="submit" name="mode" value="store">{Both("ปิดผนึกถึงเจ้าหน้าที่คนใหม่", "Seal to the new officer")}</button>
        </div>
        </form>
        """;

    public static string Done(RewrapCounts counts, bool dryRun, string csrf) =>
        Notice(
            $"{(dryRun ? "นับอย่างเดียว: " : "")}เรื่อง {counts.Complaints} เรื่อง ปิดผนึกเพิ่ม {counts.Resealed} รายการ อ่านได้อยู่แล้ว {counts.AlreadyReadable} ท่านเปิดไม่ได้ {counts.NotReadableByYou} ไม่สำเร็จ {counts.Failed}",
            $"{(dryRun ? "Dry run: " : "")}{counts.Complaints} reports; {counts.Resealed} items sealed to the new officer, {counts.AlreadyReadable} already readable, {counts.NotReadableByYou} you cannot open, {counts.Failed} failed.",
            counts.Failed > 0 ? "error" : "notice") + Form(csrf, null);
}
