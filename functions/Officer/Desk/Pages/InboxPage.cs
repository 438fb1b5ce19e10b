using System.Text;
using System.Text.Json;
using static IntegritySite.Officer.Desk.Pages.DeskHtml;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>
/// Every report, the ones that need the officer first: overdue (open past the 15-day answer day), then open ones by
/// answer day, then closed ones, newest first. Reports not yet opened in this desk are marked new.
/// </summary>
internal static class InboxPage
{
    public static string Render(JsonElement list, Func<string, bool> seen, string? notice)
    {
        var rows = list.GetProperty("complaints").EnumerateArray()
            .Select(c => new Row(
                c.GetProperty("id").GetString()!, c.GetProperty("category").GetString()!, c.GetProperty("status").GetString()!,
                c.GetProperty("submitted").GetString()!, c.GetProperty("answer_due").GetString()!, c.GetProperty("overdue").GetBoolean(),
                c.GetProperty("facts_notice_due").GetString()!, c.GetProperty("facts_notice_estimated").GetBoolean()))
            .OrderByDescending(r => r.Overdue)
            .ThenByDescending(r => StatusGroups.IsOpen(r.Status))
            .ThenBy(r => StatusGroups.IsOpen(r.Status) ? r.AnswerDue : "", StringComparer.Ordinal)
            .ThenByDescending(r => r.Submitted, StringComparer.Ordinal)
            .ToList();
        var html = new StringBuilder(notice ?? "");
        var open = rows.Count(r => StatusGroups.IsOpen(r.Status));
        var overdue = rows.Count(r => r.Overdue);
        var fresh = rows.Count(r => !seen(r.Id));
        html.Append($"""
            <ul class="summary">
            <li>{Both($"เรื่องที่ยังไม่ปิด {open} เรื่อง", $"{open} open")}</li>
            <li class="{(overdue > 0 ? "overdue" : "")}">{Both($"เกินกำหนดตอบ {overdue} เรื่อง", $"{overdue} overdue")}</li>
            <li>{Both($"ยังไม่ได้เปิดอ่าน {fresh} เรื่อง", $"{fresh} not opened yet")}</li>
            </ul>
            """);
        if (rows.Count == 0)
        {
            html.Append($"<p>{Both("ยังไม่มีเรื่องร้องเรียน", "No reports yet.")}</p>");
            return html.ToString();
        }
        html.Append($"""
            <div class="table-wrap"><table>
            <caption>{Both("เรื่องร้องเรียน เรียงเรื่องเกินกำหนดก่อน", "Reports, overdue first")}</caption>
            <thead><tr>
            <th scope="col">{Both("รับเรื่องเมื่อ", "Received")}</th>
            <th scope="col">{Both("ประเภท", "Category")}</th>
            <th scope="col">{Both("สถานะ", "Status")}</th>
            <th scope="col">{Both("กำหนดตอบผู้แจ้ง", "Answer due")}</th>
            <th scope="col">{Both("เรื่อง", "Report")}</th>
            </tr></thead>
            <tbody>
            """);
        foreach (var row in rows)
        {
            var isNew = seen(row.Id) ? "" : $" <span class=\"new\">{Both("ใหม่", "New")}</span>";
            // Until the officer has looked at a report (still "received"), the 7-working-day day to ask for missing facts matters too.
            var factsNotice = row.Status == ComplaintStatus.Received
                ? $"<br>{Both("ขอข้อมูลเพิ่มภายใน", "Ask for missing facts by")} {FactsNotice(row.FactsNoticeDue, row.FactsNoticeEstimated)}"
                : "";
            var due = StatusGroups.IsOpen(row.Status)
                ? Day(row.AnswerDue) + (row.Overdue ? $" <strong class=\"overdue\">{Both("เกินกำหนด", "Overdue")}</strong>" : "") + factsNotice
                : Both("ปิดเรื่องแล้ว", "Closed");
            html.Append($"""
                <tr>
                <td>{Day(row.Submitted)}</td>
                <td>{Both(ComplaintCategory.Label(row.Category))}</td>
                <td>{Both(ComplaintStatus.Label(row.Status))}</td>
                <td>{due}</td>
                <td><a href="/complaints/{Encode(row.Id)}">{Both("เปิดอ่าน", "Open")}<span class="visually-hidden"> {Encode(row.Id[..8])}</span></a>{isNew}</td>
                </tr>
                """);
        }
        html.Append("</tbody></table></div>");
        return html.ToString();
    }

    private sealed record Row(string Id, string Category, string Status, string Submitted, string AnswerDue, bool Overdue, string FactsNoticeDue, bool FactsNoticeEstimated);
}
