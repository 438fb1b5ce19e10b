using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>One row of the officer's list; <see cref="AnswerDue"/> is the decree's 15th day, <see cref="Overdue"/> when it has passed with the complaint still open.</summary>
public sealed record ComplaintSummary(string Id, string Category, string Status, string Submitted, string Updated, string AnswerDue, bool Overdue);

public sealed record ThreadMessage(string From, string Sent, string SealedForOfficer);

/// <summary>What the officer API returns: ciphertext only; decryption happens on the officer's machine.</summary>
public sealed record ComplaintCiphertext(string Id, string Category, string Status, string Submitted, string Updated, string SealedContent, IReadOnlyList<ThreadMessage> Messages);

/// <summary>Officer operations. Replies are sealed to the per-report key (for the reporter) and to the officer key (for the record).</summary>
public sealed class OfficerDesk(ComplaintStore store, IntakeKeys keys, TimeProvider clock)
{
    public async Task<IReadOnlyList<ComplaintSummary>> ListAsync(CancellationToken ct)
    {
        var today = BangkokDate.TodayDate(clock);
        return (await store.ListComplaintsAsync(ct))
            .OrderByDescending(c => c.Submitted, StringComparer.Ordinal)
            .Select(c =>
            {
                var submitted = BangkokDate.Parse(c.Submitted);
                return new ComplaintSummary(c.Id, c.Category, c.Status, c.Submitted, c.Updated,
                    BangkokDate.Format(AnswerDeadline.DueFor(submitted)), AnswerDeadline.IsOverdue(submitted, c.Status, today));
            })
            .ToList();
    }

    public async Task<ComplaintStatistics> StatisticsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        ComplaintStatistics.Count(await store.ListForCountingAsync(from, to, ct), from, to, BangkokDate.TodayDate(clock));

    public async Task<ComplaintCiphertext?> GetAsync(string id, CancellationToken ct)
    {
        if (!IsWellFormedId(id) || await store.FindComplaintAsync(id, ct) is not { } complaint)
        {
            return null;
        }
        var thread = await store.ListMessagesAsync(id, ct);
        return new ComplaintCiphertext(complaint.Id, complaint.Category, complaint.Status, complaint.Submitted, complaint.Updated,
            Convert.ToBase64String(complaint.Content),
            thread.Select(m => new ThreadMessage(m.From, m.Sent, Convert.ToBase64String(m.ForOfficer))).ToList());
    }

    public Task<bool> SetStatusAsync(string id, string status, CancellationToken ct) =>
        IsWellFormedId(id) ? store.UpdateStatusAsync(id, status, BangkokDate.Today(clock), ct) : Task.FromResult(false);

    public async Task<bool> ReplyAsync(string id, string message, CancellationToken ct)
    {
        if (!IsWellFormedId(id) || await store.FindComplaintAsync(id, ct) is not { } complaint)
        {
            return false;
        }
        var text = Encoding.UTF8.GetBytes(message);
        var today = BangkokDate.Today(clock);
        var reply = new MessageEntity
        {
            RowKey = MessageSequence.NewRowKey(id, clock),
            From = MessageEntity.FromOfficer,
            Sent = today,
            ForReporter = SealedBox.Seal(text, complaint.ReportPublicKey),
            ForOfficer = SealedBox.Seal(text, keys.OfficerPublicKey),
        };
        return await store.AddMessageAsync(reply, id, today, ct);
    }

    private static bool IsWellFormedId(string id) => id.Length == 64 && id.All(char.IsAsciiHexDigitLower);
}
