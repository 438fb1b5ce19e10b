using IntegritySite.Intake.Storage;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Notifications;

/// <summary>
/// The morning mail: how many reports are open, past their answer day, or due within three days. Run by the function
/// app's timer, or by <see cref="DailyDigestSchedule"/> on the local host. Sends nothing when nothing is open.
/// </summary>
public sealed class DailyDigest(IComplaintStore store, IntakeOptions options, IMailSender sender, TimeProvider clock, ILogger<DailyDigest> logger)
{
    /// <summary>The counts, and whether a mail went out.</summary>
    public async Task<(DigestCounts Counts, bool Sent)> SendAsync(CancellationToken ct)
    {
        var today = BangkokDate.TodayDate(clock);
        var open = (await store.ListComplaintsAsync(ct)).Where(c => StatusGroups.IsOpen(c.Status)).Select(c => BangkokDate.Parse(c.Submitted)).ToList();
        var counts = new DigestCounts(
            open.Count,
            open.Count(submitted => AnswerDeadline.IsOverdue(submitted, ComplaintStatus.Received, today)),
            open.Count(submitted => AnswerDeadline.DueFor(submitted) is var due && due >= today && due <= today.AddDays(DigestCounts.DueSoonDays)));
        if (!options.NotificationsEnabled || counts.Open == 0)
        {
            return (counts, false);
        }
        await sender.SendAsync(NotificationMail.Digest(options, counts), ct);
        IntakeLog.NotificationSent(logger, "daily digest");
        return (counts, true);
    }
}
