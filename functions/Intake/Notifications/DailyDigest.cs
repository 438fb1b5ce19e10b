using IntegritySite.Intake.Service;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Notifications;

/// <summary>
/// The morning mail: how many reports are open, past their answer day, or due within three days. Run by the function
/// app's timer, or by <see cref="DailyDigestSchedule"/> on the local host. Sends nothing when nothing is open.
/// </summary>
public sealed class DailyDigest(OfficerDesk desk, IntakeOptions options, IMailSender sender, TimeProvider clock, ILogger<DailyDigest> logger)
{
    /// <summary>The counts, and whether a mail went out.</summary>
    public async Task<(DigestCounts Counts, bool Sent)> SendAsync(CancellationToken ct)
    {
        // The officer's own list: the same answer days and overdue flags the desk and the inbox show.
        var today = BangkokDate.TodayDate(clock);
        var open = (await desk.ListAsync(ct)).Where(c => StatusGroups.IsOpen(c.Status)).ToList();
        var counts = new DigestCounts(
            open.Count,
            open.Count(c => c.Overdue),
            open.Count(c => BangkokDate.Parse(c.AnswerDue) is var due && due >= today && due <= today.AddDays(DigestCounts.DueSoonDays)));
        if (!options.NotificationsEnabled || counts.Open == 0)
        {
            return (counts, false);
        }
        await sender.SendAsync(NotificationMail.Digest(options, counts), ct);
        IntakeLog.NotificationSent(logger, "daily digest");
        return (counts, true);
    }
}
