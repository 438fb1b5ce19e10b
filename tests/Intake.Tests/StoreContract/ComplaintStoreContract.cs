using System.Security.Cryptography;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Tests.StoreContract;

/// <summary>
/// What every complaint-store engine promises, run against each (<see cref="SqliteStoreContractTests"/>,
/// <see cref="TableStoreContractTests"/>): the intake's code above the store cannot tell them apart.
/// </summary>
public abstract class ComplaintStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A new, empty store of the engine under test.</summary>
    protected abstract Task<IComplaintStore> NewStoreAsync();

    [Fact]
    public async Task An_inserted_complaint_is_found_listed_and_counted()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint(submitted: "2026-03-25");

        Assert.Equal(InsertOutcome.Inserted, await store.InsertAsync(complaint, null, None));

        var found = await store.FindComplaintAsync(complaint.Id, None);
        Assert.NotNull(found);
        Assert.Equal(complaint.Content, found.Content);
        Assert.Equal(complaint.ReportKey.Ciphertext, found.ReportKey.Ciphertext);
        Assert.Equal((complaint.Category, complaint.Status, complaint.Submitted), (found.Category, found.Status, found.Submitted));
        Assert.NotEqual("", found.Version);
        Assert.Equal([complaint.Id], (await store.ListComplaintsAsync(None)).Select(c => c.Id));
        Assert.Single(await store.ListForCountingAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), None));
        Assert.Empty(await store.ListForCountingAsync(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), None));
        Assert.Null(await store.FindComplaintAsync(NewId(), None));
    }

    [Fact]
    public async Task Inserting_the_same_complaint_again_is_the_same_success_and_one_copy()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint();

        Assert.Equal(InsertOutcome.Inserted, await store.InsertAsync(complaint, null, None));
        Assert.Equal(InsertOutcome.Inserted, await store.InsertAsync(complaint, null, None));

        Assert.Single(await store.ListComplaintsAsync(None));
    }

    [Fact]
    public async Task Another_complaint_at_a_taken_id_is_refused_and_the_first_kept()
    {
        var store = await NewStoreAsync();
        var first = Complaint();
        await store.InsertAsync(first, null, None);

        Assert.Equal(InsertOutcome.ReceiptTaken, await store.InsertAsync(first with { Content = RandomNumberGenerator.GetBytes(80) }, null, None));

        Assert.Equal(first.Content, (await store.FindComplaintAsync(first.Id, None))!.Content);
    }

    [Fact]
    public async Task A_complaint_and_its_retry_record_are_stored_together_and_a_second_submission_finds_the_first()
    {
        var store = await NewStoreAsync();
        var retry = Retry("k1");
        var first = Complaint();

        Assert.Equal(InsertOutcome.Inserted, await store.InsertAsync(first, retry, None));
        Assert.Equal(InsertOutcome.SubmissionExists, await store.InsertAsync(Complaint(), retry with { ReceiptCiphertext = RandomNumberGenerator.GetBytes(32) }, None));

        Assert.Equal(retry.ReceiptCiphertext, (await store.FindRetryRecordAsync("k1", None))!.ReceiptCiphertext);
        Assert.Single(await store.ListComplaintsAsync(None));
        Assert.Equal(["k1"], (await store.ListRetryRecordsAsync(None)).Select(r => r.Key));
        Assert.Equal(1, await store.DeleteRetryRecordsAsync(["k1"], None));
        Assert.Null(await store.FindRetryRecordAsync("k1", None));
    }

    [Fact]
    public async Task Messages_are_numbered_in_order_stored_once_per_key_and_move_the_updated_day()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint(submitted: "2026-03-25");
        await store.InsertAsync(complaint, null, None);

        Assert.Equal(MessageOutcome.Stored, await store.AddMessageAsync(complaint.Id, Message("a"), "2026-03-26", None));
        Assert.Equal(MessageOutcome.Stored, await store.AddMessageAsync(complaint.Id, Message("b"), "2026-03-27", None));
        Assert.Equal(MessageOutcome.AlreadyStored, await store.AddMessageAsync(complaint.Id, Message("a"), "2026-03-28", None));
        Assert.Equal(MessageOutcome.NoSuchComplaint, await store.AddMessageAsync(NewId(), Message("c"), "2026-03-28", None));

        var thread = await store.ListMessagesAsync(complaint.Id, None);
        Assert.Equal([(1L, "a"), (2L, "b")], thread.Select(m => (m.Sequence, m.Message.Key)));
        Assert.Equal(Message("b").ForReporter, thread[1].Message.ForReporter);
        Assert.Equal("2026-03-27", (await store.FindComplaintAsync(complaint.Id, None))!.Updated);
    }

    [Fact]
    public async Task Concurrent_messages_each_get_their_own_number()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint();
        await store.InsertAsync(complaint, null, None);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.AddMessageAsync(complaint.Id, Message("m" + i), "2026-03-26", None)));

        var thread = await store.ListMessagesAsync(complaint.Id, None);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), thread.Select(m => m.Sequence));
        Assert.Equal(8, thread.Select(m => m.Message.Key).Distinct().Count());
    }

    [Fact]
    public async Task A_status_change_moves_the_version_and_a_missing_complaint_is_false()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint();
        await store.InsertAsync(complaint, null, None);
        var before = (await store.FindComplaintAsync(complaint.Id, None))!.Version;

        Assert.True(await store.UpdateStatusAsync(complaint.Id, "completed", "2026-04-01", None));
        Assert.False(await store.UpdateStatusAsync(NewId(), "completed", "2026-04-01", None));

        var after = (await store.FindComplaintAsync(complaint.Id, None))!;
        Assert.Equal(("completed", "2026-04-01"), (after.Status, after.Updated));
        Assert.NotEqual(before, after.Version);
    }

    [Fact]
    public async Task Deleting_takes_the_whole_thread_only_when_unchanged_since_listed()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint();
        await store.InsertAsync(complaint, null, None);
        await store.AddMessageAsync(complaint.Id, Message("a"), "2026-03-26", None);
        var stale = (await store.ListComplaintsAsync(None)).Single();
        await store.AddMessageAsync(complaint.Id, Message("b"), "2026-03-27", None);

        Assert.Null(await store.DeleteComplaintAsync(stale, None));
        Assert.NotNull(await store.FindComplaintAsync(complaint.Id, None));

        var current = (await store.ListComplaintsAsync(None)).Single();
        Assert.Equal(3, await store.DeleteComplaintAsync(current, None));
        Assert.Null(await store.FindComplaintAsync(complaint.Id, None));
        Assert.Empty(await store.ListMessagesAsync(complaint.Id, None));
        Assert.Null(await store.DeleteComplaintAsync(current, None));
        Assert.Equal(0, await store.SweepAsync(new DateOnly(2030, 1, 1), None));
    }

    [Fact]
    public async Task The_dump_holds_every_stored_item_and_no_time_of_day_or_address()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint();
        await store.InsertAsync(complaint, Retry("k2"), None);
        await store.AddMessageAsync(complaint.Id, Message("a"), "2026-03-26", None);

        var rows = await store.DumpAsync(None);

        Assert.Equal(["complaint", "message", "retry"], rows.Select(r => r.Kind).Order());
        // Nothing but ciphertext and the contract's fields: no address, agent, or time of day anywhere.
        var values = rows.SelectMany(r => r.Values.Values).OfType<string>().ToList();
        Assert.DoesNotContain(values, v => v.Contains(':') && !v.StartsWith("W/", StringComparison.Ordinal) && !DateTimeOffset.TryParse(v, out _));
    }

    [Fact]
    public async Task Resealing_replaces_a_sealed_item_only_while_it_is_what_the_officer_read()
    {
        var store = await NewStoreAsync();
        var complaint = Complaint();
        await store.InsertAsync(complaint, null, None);
        await store.AddMessageAsync(complaint.Id, Message("a"), "2026-03-26", None);
        var listed = Assert.Single(await store.ListComplaintsAsync(None));
        var message = Assert.Single(await store.ListMessagesAsync(complaint.Id, None)).Message;
        var (newContent, newMessage) = (RandomNumberGenerator.GetBytes(120), RandomNumberGenerator.GetBytes(90));

        Assert.False(await store.ResealAsync(complaint.Id, null, RandomNumberGenerator.GetBytes(80), newContent, None));
        Assert.Equal(complaint.Content, (await store.FindComplaintAsync(complaint.Id, None))!.Content);

        Assert.True(await store.ResealAsync(complaint.Id, null, complaint.Content, newContent, None));
        Assert.True(await store.ResealAsync(complaint.Id, null, complaint.Content, newContent, None)); // a resend: already so
        Assert.True(await store.ResealAsync(complaint.Id, "a", message.ForOfficer, newMessage, None));
        Assert.False(await store.ResealAsync(complaint.Id, "missing", message.ForOfficer, newMessage, None));
        Assert.False(await store.ResealAsync(NewId(), null, complaint.Content, newContent, None));

        Assert.Equal(newContent, (await store.FindComplaintAsync(complaint.Id, None))!.Content);
        var thread = Assert.Single(await store.ListMessagesAsync(complaint.Id, None)).Message;
        Assert.Equal(newMessage, thread.ForOfficer);
        Assert.Equal(message.ForReporter, thread.ForReporter);
        // The complaint changed under the purge's listing: the purge must not delete it on that listing.
        Assert.Null(await store.DeleteComplaintAsync(listed, None));
    }

    [Fact]
    public async Task A_complaints_and_a_follow_ups_files_are_stored_with_their_row_listed_and_resealed()
    {
        var store = await NewStoreAsync();
        var files = new StoredAttachments(RandomNumberGenerator.GetBytes(200), [Storage.Attachments.AttachmentIds.New(), Storage.Attachments.AttachmentIds.New()]);
        var complaint = Complaint() with { Attachments = files };
        var plain = Complaint();
        await store.InsertAsync(complaint, null, None);
        await store.InsertAsync(plain, null, None);
        var later = new StoredAttachments(RandomNumberGenerator.GetBytes(150), [Storage.Attachments.AttachmentIds.New()]);
        await store.AddMessageAsync(complaint.Id, Message("b") with { Attachments = later }, "2026-03-26", None);
        await store.AddMessageAsync(plain.Id, Message("c"), "2026-03-26", None);

        var found = (await store.FindComplaintAsync(complaint.Id, None))!;
        Assert.Equal(files.Sealed, found.Files.Sealed);
        Assert.Equal(files.BlobIds, found.Files.BlobIds);
        Assert.Empty((await store.FindComplaintAsync(plain.Id, None))!.Files.BlobIds);
        Assert.Equal(files.BlobIds, (await store.ListComplaintsAsync(None)).Single(c => c.Id == complaint.Id).BlobIds);
        Assert.Empty((await store.ListComplaintsAsync(None)).Single(c => c.Id == plain.Id).BlobIds);
        var message = Assert.Single(await store.ListMessagesAsync(complaint.Id, None)).Message;
        Assert.Equal(later.Sealed, message.Files.Sealed);
        Assert.Equal(later.BlobIds, message.Files.BlobIds);
        Assert.Empty(Assert.Single(await store.ListMessagesAsync(plain.Id, None)).Message.Files.BlobIds);

        // The lists are resealed as the text is: only while they are what the officer read, and apart from the text.
        var (newList, newLater) = (RandomNumberGenerator.GetBytes(230), RandomNumberGenerator.GetBytes(180));
        Assert.False(await store.ResealAsync(complaint.Id, null, complaint.Content, newList, None, SealedPart.Files));
        Assert.True(await store.ResealAsync(complaint.Id, null, files.Sealed, newList, None, SealedPart.Files));
        Assert.True(await store.ResealAsync(complaint.Id, "b", later.Sealed, newLater, None, SealedPart.Files));
        found = (await store.FindComplaintAsync(complaint.Id, None))!;
        Assert.Equal(newList, found.Files.Sealed);
        Assert.Equal(complaint.Content, found.Content);
        Assert.Equal(files.BlobIds, found.Files.BlobIds);
        message = Assert.Single(await store.ListMessagesAsync(complaint.Id, None)).Message;
        Assert.Equal(newLater, message.Files.Sealed);
        Assert.Equal(Message("b").ForOfficer, message.ForOfficer);
    }

    private static StoredComplaint Complaint(string submitted = "2026-03-25") => new(
        NewId(), "bribery", "received", submitted, submitted, RandomNumberGenerator.GetBytes(120),
        new WrappedReportKey(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(16), RandomNumberGenerator.GetBytes(24), RandomNumberGenerator.GetBytes(48), 0, 0));

    private static RetryRecord Retry(string key) => new(key, RandomNumberGenerator.GetBytes(24), RandomNumberGenerator.GetBytes(32), "2026-03-25");

    private static NewMessage Message(string key) => new(key, NewMessage.FromReporter, "2026-03-26",
        ForOfficer: System.Text.Encoding.UTF8.GetBytes("sealed-for-officer-" + key), ForReporter: System.Text.Encoding.UTF8.GetBytes("sealed-for-reporter-" + key), Signature: []);

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
