using System.Globalization;
using IntegritySite.Officer.Statistics;
using static IntegritySite.Officer.Desk.Pages.DeskHtml;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>
/// Counts for a fiscal year, as the site's data file (input/data/complaint-statistics.yml) that the officer downloads
/// and commits in a pull request. Counts only: nothing in it points at a report.
/// </summary>
internal static class StatisticsPage
{
    public static string Form(int year, string? error) => $"""
        {(error is null ? "" : $"<div class=\"error\" role=\"alert\"><p>{Encode(error)}</p></div>")}
        <form method="get" action="/statistics">
        <label for="fiscal_year">{Both("ปีงบประมาณ (พ.ศ.)", "Fiscal year (Buddhist Era)")}</label>
        <input id="fiscal_year" name="fiscal_year" inputmode="numeric" pattern="25[0-9][0-9]|26[0-9][0-9]" value="{year.ToString(CultureInfo.InvariantCulture)}" required>
        <div><button type="submit">{Both("นับสถิติ", "Count")}</button></div>
        </form>
        """;

    public static string Render(int year, ComplaintStatistics statistics)
    {
        var rows = string.Concat(statistics.ByCategory.Select(row =>
            $"<tr><th scope=\"row\">{Both(ComplaintCategory.Label(row.Category))}</th><td>{row.Counts.Received}</td><td>{row.Counts.InProgress}</td><td>{row.Counts.Completed}</td></tr>"));
        var file = StatisticsYaml.Write(year, statistics);
        return $"""
            {Form(year, null)}
            <h2>{Both($"ปีงบประมาณ {year} ถึงวันที่", $"Fiscal year {year} up to")} {Day(statistics.AsOf)}</h2>
            <div class="table-wrap"><table>
            <caption>{Both("จำนวนเรื่องร้องเรียนการทุจริตตามประเภท", "Corruption complaints by category")}</caption>
            <thead><tr><th scope="col">{Both("ประเภท", "Category")}</th><th scope="col">{Both("รับเรื่อง", "Received")}</th><th scope="col">{Both("อยู่ระหว่างดำเนินการ", "In progress")}</th><th scope="col">{Both("เสร็จสิ้น", "Completed")}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table></div>
            <h2>{Both("ไฟล์ข้อมูลสำหรับเว็บไซต์", "Data file for the site")}</h2>
            <p>{Both("ดาวน์โหลดแล้วส่งเป็น pull request ที่ input/data/complaint-statistics.yml", "Download it and send it as a pull request to input/data/complaint-statistics.yml")}</p>
            <p><a href="/statistics/complaint-statistics.yml?fiscal_year={year.ToString(CultureInfo.InvariantCulture)}" download>{Both("ดาวน์โหลด complaint-statistics.yml", "Download complaint-statistics.yml")}</a></p>
            <pre>{Encode(file)}</pre>
            """;
    }
}
