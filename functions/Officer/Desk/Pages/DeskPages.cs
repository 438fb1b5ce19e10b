using System.Text.Json;
using IntegritySite.Layout;
using IntegritySite.Officer.Reading;
using IntegritySite.Officer.Rewrap;
using Microsoft.AspNetCore.Components;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>
/// Every page the desk answers with, rendered from its Razor component in <see cref="DeskFrame"/> by the product's one
/// component renderer (<see cref="ComponentHtml"/>). One renderer per process: requests queue on its dispatcher, and
/// the components keep nothing between renders.
/// </summary>
internal static class DeskPages
{
    private static readonly ComponentHtml Renderer = new();

    public static Task<string> UnlockAsync(string csrf, string keyDirectory, string? error, bool lockedForIdle) =>
        RenderAsync<UnlockPage>(new()
        {
            [nameof(UnlockPage.Csrf)] = csrf, [nameof(UnlockPage.KeyDirectory)] = keyDirectory,
            [nameof(UnlockPage.Error)] = error, [nameof(UnlockPage.LockedForIdle)] = lockedForIdle,
        });

    /// <summary>What the access layer answers a request it refuses (wrong host, no session, a form from elsewhere).</summary>
    public static Task<string> RefusedAsync(BilingualText reason) => RenderAsync<RefusedPage>(new() { [nameof(RefusedPage.Title)] = reason });

    public static Task<string> InboxAsync(JsonElement list, Func<string, bool> seen, DeskNotice? said, string csrf) =>
        RenderAsync<InboxPage>(new()
        {
            [nameof(InboxPage.List)] = list, [nameof(InboxPage.Seen)] = seen, [nameof(InboxPage.Said)] = said, [nameof(InboxPage.Csrf)] = csrf,
        });

    public static Task<string> ReportAsync(OpenedReport report, DeskNotice? said, string csrf) =>
        RenderAsync<ReportPage>(new() { [nameof(ReportPage.Report)] = report, [nameof(ReportPage.Said)] = said, [nameof(ReportPage.Csrf)] = csrf });

    /// <summary>A page that says one thing only (a tampered file).</summary>
    public static Task<string> NoticeAsync(BilingualText title, DeskNotice said, string csrf) =>
        RenderAsync<NoticePage>(new() { [nameof(NoticePage.Title)] = title, [nameof(NoticePage.Said)] = said, [nameof(NoticePage.Csrf)] = csrf });

    /// <param name="statistics">The counts for <paramref name="year"/> (null: the form only).</param>
    public static Task<string> StatisticsAsync(int year, ComplaintStatistics? statistics, DeskNotice? problem, string csrf) =>
        RenderAsync<StatisticsPage>(new()
        {
            [nameof(StatisticsPage.Year)] = year, [nameof(StatisticsPage.Statistics)] = statistics,
            [nameof(StatisticsPage.Problem)] = problem, [nameof(StatisticsPage.Csrf)] = csrf,
        });

    /// <param name="done">What a purge just deleted (null: the dry run only).</param>
    public static Task<string> PurgeAsync(JsonElement preview, JsonElement? done, string csrf) =>
        RenderAsync<PurgePage>(new() { [nameof(PurgePage.Preview)] = preview, [nameof(PurgePage.Done)] = done, [nameof(PurgePage.Csrf)] = csrf });

    /// <param name="counts">What the last run counted or sealed (null: the form only).</param>
    public static Task<string> RewrapAsync(string csrf, string? error = null, RewrapCounts? counts = null, bool dryRun = false) =>
        RenderAsync<RewrapPage>(new()
        {
            [nameof(RewrapPage.Csrf)] = csrf, [nameof(RewrapPage.Error)] = error,
            [nameof(RewrapPage.Counts)] = counts, [nameof(RewrapPage.DryRun)] = dryRun,
        });

    public static Task<string> IntakeErrorAsync(string message, string csrf) =>
        RenderAsync<IntakeErrorPage>(new() { [nameof(IntakeErrorPage.Message)] = message, [nameof(IntakeErrorPage.Csrf)] = csrf });

    private static Task<string> RenderAsync<TPage>(Dictionary<string, object?> parameters) where TPage : IComponent =>
        Renderer.RenderDocumentAsync<TPage>(parameters);
}
