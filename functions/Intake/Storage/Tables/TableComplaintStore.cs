using System.Diagnostics;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace IntegritySite.Intake.Storage.Tables;

/// <summary>
/// Azure Table storage engine (Azurite locally). Everything lives in one partition so that a complaint and its retry
/// record, or a message and its complaint's update, commit in one entity-group transaction. The table is created
/// lazily whenever an operation finds it missing, so a store that was down (or restarted empty) is used again
/// without restarting the app.
/// <para>
/// A write is sent once. One that fails before connecting, or is answered 503 (busy), was not applied. One whose
/// outcome is unknown (a time-out, or a connection lost after sending) is resolved before answering:
/// for a new complaint, a fence row is added at its key (if that succeeds, no late copy of the write can land); for a
/// message, the complaint's ETag is moved (the message's transaction was conditional on the old one). A 409 on such a
/// resolution is checked against what is stored: the same ciphertext means the first attempt landed.
/// </para>
/// </summary>
public sealed class TableComplaintStore : IComplaintStore
{
    /// <summary>An entity-group transaction holds at most 100 operations: the complaint and 99 messages.</summary>
    public const int MaxMessagesWithComplaint = 99;

    private const int MaxConcurrencyAttempts = 8;

    private static readonly string[] ListingProperties =
        [nameof(ITableEntity.RowKey), nameof(ComplaintEntity.Category), nameof(ComplaintEntity.Status), nameof(ComplaintEntity.Submitted), nameof(ComplaintEntity.Updated), nameof(ComplaintEntity.AttachmentIds)];
    private static readonly string[] CountingProperties = [nameof(ComplaintEntity.Category), nameof(ComplaintEntity.Status), nameof(ComplaintEntity.Submitted)];

    // Reads may be retried by the client; writes never are (one attempt each), so a write's failure is that attempt's
    // own and can be judged: answered "busy", or never connected, means not applied; anything else is settled below.
    private readonly TableClient _table;
    private readonly TableClient _writes;
    private readonly TimeSpan _resolveWithin;

    public TableComplaintStore(IntakeOptions options)
        : this(options, extraPolicy: null)
    {
    }

    /// <summary>With an extra pipeline policy per call (tests inject store faults with it).</summary>
    internal TableComplaintStore(IntakeOptions options, HttpPipelinePolicy? extraPolicy)
    {
        _table = new TableClient(options.TableConnectionString, options.TableName, ClientOptions(options, extraPolicy, retries: 1));
        _writes = new TableClient(options.TableConnectionString, options.TableName, ClientOptions(options, extraPolicy, retries: 0));
        _resolveWithin = options.WriteResolutionTimeout;
    }

    private static TableClientOptions ClientOptions(IntakeOptions options, HttpPipelinePolicy? extraPolicy, int retries)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = RetryMode.Fixed;
        clientOptions.Retry.MaxRetries = retries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = options.StoreNetworkTimeout;
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        clientOptions.Diagnostics.IsDistributedTracingEnabled = false;
        clientOptions.Diagnostics.IsTelemetryEnabled = false;
        if (extraPolicy is not null)
        {
            clientOptions.AddPolicy(extraPolicy, HttpPipelinePosition.PerCall);
        }
        return clientOptions;
    }

    public async Task<InsertOutcome> InsertAsync(StoredComplaint complaint, RetryRecord? retry, CancellationToken ct)
    {
        var entity = ComplaintEntity.From(complaint);
        try
        {
            await RunAsync(async token =>
            {
                if (retry is null)
                {
                    await _writes.AddEntityAsync(entity, token);
                }
                else
                {
                    await _writes.SubmitTransactionAsync(
                        [new TableTransactionAction(TableTransactionActionType.Add, entity), new TableTransactionAction(TableTransactionActionType.Add, RetryRecordEntity.From(retry))],
                        token);
                }
                return true;
            }, ct);
            return InsertOutcome.Inserted;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await ClassifyConflictAsync(complaint, retry, ct);
        }
        catch (StoreUnavailableException e) when (!TableFailures.NotApplied(e))
        {
            return await ResolveUnknownInsertAsync(complaint, retry, e, ct);
        }
    }

    /// <summary>Races a fence for the complaint's key until the store answers: a fence that lands means nothing was stored.</summary>
    private async Task<InsertOutcome> ResolveUnknownInsertAsync(StoredComplaint complaint, RetryRecord? retry, StoreUnavailableException first, CancellationToken ct)
    {
        var fence = ComplaintEntity.Fence(complaint.Id, complaint.Submitted);
        return await RetryUntilAnsweredAsync(async () =>
        {
            try
            {
                await RunAsync(token => _writes.AddEntityAsync(fence, token), ct);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                return await ClassifyConflictAsync(complaint, retry, ct);
            }
            throw new StoreUnavailableException(first.InnerException!) { Settled = true };
        }, first, ct);
    }

    /// <summary>Some row was in the way: ours (an earlier attempt landed), a retry of the same submission, a fence, or another complaint.</summary>
    private async Task<InsertOutcome> ClassifyConflictAsync(StoredComplaint complaint, RetryRecord? retry, CancellationToken ct)
    {
        if (retry is not null && await FindRetryRecordAsync(retry.Key, ct) is { } stored)
        {
            // Either our own transaction landed (the record wraps our receipt) or an earlier submission's did: the caller
            // replays the stored receipt in both cases, so the reporter always gets the receipt of what is stored.
            return stored.ReceiptCiphertext.AsSpan().SequenceEqual(retry.ReceiptCiphertext) ? InsertOutcome.Inserted : InsertOutcome.SubmissionExists;
        }
        var row = await GetComplaintEntityAsync(complaint.Id, ct);
        if (row is { IsFence: true })
        {
            throw new StoreUnavailableException(new InvalidOperationException("The write was fenced off: nothing was stored.")) { Settled = true };
        }
        return row is not null && row.Content.AsSpan().SequenceEqual(complaint.Content) ? InsertOutcome.Inserted : InsertOutcome.ReceiptTaken;
    }

    public Task<RetryRecord?> FindRetryRecordAsync(string key, CancellationToken ct) =>
        RunAsync(async token =>
        {
            var response = await _table.GetEntityIfExistsAsync<RetryRecordEntity>(IntakeTable.Partition, RetryRecordEntity.RowKeyFor(key), cancellationToken: token);
            return response.HasValue ? response.Value!.ToStored() : null;
        }, ct);

    public async Task<StoredComplaint?> FindComplaintAsync(string id, CancellationToken ct) =>
        await GetComplaintEntityAsync(id, ct) is { IsFence: false } entity ? entity.ToStored() : null;

    public async Task<IReadOnlyList<ComplaintListing>> ListComplaintsAsync(CancellationToken ct) =>
        (await RunAsync(token => QueryPrefixAsync<ComplaintEntity>(ComplaintEntity.RowPrefix, token, NotFence, ListingProperties), ct))
            .Select(c => c.ToListing()).ToList();

    public async Task<IReadOnlyList<CountedComplaint>> ListForCountingAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var submitted = TableClient.CreateQueryFilter($"Submitted ge {BangkokDate.Format(from)} and Submitted le {BangkokDate.Format(to)}");
        var rows = await RunAsync(token => QueryPrefixAsync<ComplaintEntity>(ComplaintEntity.RowPrefix, token, $"{submitted} and {NotFence}", CountingProperties), ct);
        return rows.Select(c => new CountedComplaint(c.Category, c.Status, BangkokDate.Parse(c.Submitted))).ToList();
    }

    public async Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(string complaintId, CancellationToken ct) =>
        (await RunAsync(token => QueryPrefixAsync<MessageEntity>(MessageEntity.ThreadPrefix(complaintId), token), ct))
            .OrderBy(m => m.Sequence).Select(m => m.ToStored()).ToList();

    public async Task<MessageOutcome> AddMessageAsync(string complaintId, NewMessage message, string updated, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConcurrencyAttempts; attempt++)
        {
            if (await GetComplaintEntityAsync(complaintId, ct) is not { IsFence: false } complaint)
            {
                return MessageOutcome.NoSuchComplaint;
            }
            if (await MessageExistsAsync(complaintId, message.Key, ct))
            {
                return MessageOutcome.AlreadyStored;
            }
            var sequence = complaint.MessageCount + 1;
            var touch = new TableEntity(IntakeTable.Partition, complaint.RowKey)
            {
                [nameof(ComplaintEntity.MessageCount)] = sequence,
                [nameof(ComplaintEntity.Updated)] = updated,
            };
            try
            {
                await RunAsync(token => _writes.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.Add, MessageEntity.Create(complaintId, sequence, message)),
                        new TableTransactionAction(TableTransactionActionType.UpdateMerge, touch, complaint.ETag),
                    ], token), ct);
                return MessageOutcome.Stored;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                return MessageOutcome.AlreadyStored;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && !TableFailures.IsTableMissing(e))
            {
                // The complaint changed (another message, a status) or went: read it again.
            }
            catch (StoreUnavailableException e) when (!TableFailures.NotApplied(e))
            {
                if (await SettleConditionalWriteAsync(complaint, _ => MessageExistsAsync(complaintId, message.Key, ct), e, ct))
                {
                    return MessageOutcome.Stored;
                }
            }
        }
        throw new StoreUnavailableException(new TimeoutException("The complaint kept changing; the message was not stored."));
    }

    /// <summary>
    /// Settles a write that was conditional on <paramref name="before"/>'s ETag and whose outcome is unknown. If the ETag
    /// has not moved, a merge that changes nothing moves it, so a late copy of the write fails; if it has moved, the
    /// write landed or can no longer land, and <paramref name="landed"/> tells which. True when the write is stored;
    /// false when it is not and cannot be, so the caller may try again from a fresh read.
    /// </summary>
    private Task<bool> SettleConditionalWriteAsync(ComplaintEntity before, Func<ComplaintEntity?, Task<bool>> landed, StoreUnavailableException first, CancellationToken ct) =>
        RetryUntilAnsweredAsync(async () =>
        {
            var now = await GetComplaintEntityAsync(before.Id, ct);
            if (now is null || now.ETag != before.ETag)
            {
                return await landed(now);
            }
            var noChange = new TableEntity(IntakeTable.Partition, before.RowKey) { [nameof(ComplaintEntity.MessageCount)] = before.MessageCount };
            try
            {
                await RunAsync(token => _writes.UpdateEntityAsync(noChange, before.ETag, TableUpdateMode.Merge, token), ct);
                return false;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && !TableFailures.IsTableMissing(e))
            {
                return await landed(await GetComplaintEntityAsync(before.Id, ct));
            }
        }, first, ct);

    public async Task<bool> UpdateStatusAsync(string id, string status, string updated, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConcurrencyAttempts; attempt++)
        {
            // Read first, so that a fence is never turned into a visible complaint.
            if (await GetComplaintEntityAsync(id, ct) is not { IsFence: false } complaint)
            {
                return false;
            }
            var patch = new TableEntity(IntakeTable.Partition, complaint.RowKey)
            {
                [nameof(ComplaintEntity.Status)] = status,
                [nameof(ComplaintEntity.Updated)] = updated,
            };
            try
            {
                await RunAsync(token => _writes.UpdateEntityAsync(patch, complaint.ETag, TableUpdateMode.Merge, token), ct);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && !TableFailures.IsTableMissing(e))
            {
                // Changed in between: read again.
            }
            catch (StoreUnavailableException e) when (!TableFailures.NotApplied(e))
            {
                if (await SettleConditionalWriteAsync(complaint, now => Task.FromResult(now is { Status: var s, Updated: var u } && s == status && u == updated), e, ct))
                {
                    return true;
                }
            }
        }
        throw new StoreUnavailableException(new TimeoutException("The complaint kept changing; the status was not set."));
    }

    public async Task<bool> ResealAsync(string complaintId, string? messageKey, byte[] expected, byte[] replacement, CancellationToken ct, SealedPart part = SealedPart.Text)
    {
        var files = part == SealedPart.Files;
        var complaintProperty = files ? nameof(ComplaintEntity.Attachments) : nameof(ComplaintEntity.Content);
        var messageProperty = files ? nameof(MessageEntity.Attachments) : nameof(MessageEntity.ForOfficer);
        byte[]? OfComplaint(ComplaintEntity c) => files ? c.Attachments : c.Content;
        byte[]? OfMessage(MessageEntity? m) => files ? m?.Attachments : m?.ForOfficer;
        for (var attempt = 0; attempt < MaxConcurrencyAttempts; attempt++)
        {
            if (await GetComplaintEntityAsync(complaintId, ct) is not { IsFence: false } complaint)
            {
                return false;
            }
            var current = messageKey is null ? OfComplaint(complaint) : OfMessage(await GetMessageEntityAsync(complaintId, messageKey, ct));
            if (current is null || !current.AsSpan().SequenceEqual(expected))
            {
                return current is not null && current.AsSpan().SequenceEqual(replacement);
            }
            // Conditional on the complaint's ETag in both cases, so an unknown outcome is settled the way messages are.
            var actions = messageKey is null
                ? [new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                    new TableEntity(IntakeTable.Partition, complaint.RowKey) { [complaintProperty] = replacement }, complaint.ETag)]
                : new List<TableTransactionAction>
                {
                    new(TableTransactionActionType.UpdateMerge,
                        new TableEntity(IntakeTable.Partition, MessageEntity.RowKeyFor(complaintId, messageKey)) { [messageProperty] = replacement }, ETag.All),
                    new(TableTransactionActionType.UpdateMerge,
                        new TableEntity(IntakeTable.Partition, complaint.RowKey) { [nameof(ComplaintEntity.MessageCount)] = complaint.MessageCount }, complaint.ETag),
                };
            try
            {
                await RunAsync(token => _writes.SubmitTransactionAsync(actions, token), ct);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && !TableFailures.IsTableMissing(e))
            {
                // Changed in between: read again.
            }
            catch (StoreUnavailableException e) when (!TableFailures.NotApplied(e))
            {
                if (await SettleConditionalWriteAsync(complaint, async now => now is not null && ((messageKey is null
                        ? OfComplaint(now)
                        : OfMessage(await GetMessageEntityAsync(complaintId, messageKey, ct))) ?? []).AsSpan().SequenceEqual(replacement), e, ct))
                {
                    return true;
                }
            }
        }
        throw new StoreUnavailableException(new TimeoutException("The complaint kept changing; it was not re-sealed."));
    }

    public Task<int?> DeleteComplaintAsync(ComplaintListing listed, CancellationToken ct) =>
        RunAsync<int?>(async token =>
        {
            var thread = (await QueryPrefixAsync<MessageEntity>(MessageEntity.ThreadPrefix(listed.Id), token, select: [nameof(ITableEntity.RowKey)])).Select(m => m.RowKey).ToList();
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Delete, new TableEntity(IntakeTable.Partition, ComplaintEntity.RowKeyFor(listed.Id)), new ETag(listed.Version)),
            };
            actions.AddRange(thread.Take(MaxMessagesWithComplaint).Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(IntakeTable.Partition, key), ETag.All)));
            try
            {
                await _writes.SubmitTransactionAsync(actions, token);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412 && !TableFailures.IsTableMissing(e))
            {
                return null;
            }
            // The complaint is gone, so nobody can reach what remains; a failure here leaves orphans for SweepAsync.
            var rest = thread.Skip(MaxMessagesWithComplaint).ToList();
            await DeleteRowsAsync(rest, token);
            return actions.Count + rest.Count;
        }, ct);

    public async Task<IReadOnlyList<RetryRecordAge>> ListRetryRecordsAsync(CancellationToken ct) =>
        (await RunAsync(token => QueryPrefixAsync<RetryRecordEntity>(RetryRecordEntity.RowPrefix, token, select: [nameof(ITableEntity.RowKey), nameof(RetryRecordEntity.Submitted)]), ct))
            .Select(r => new RetryRecordAge(r.RowKey[RetryRecordEntity.RowPrefix.Length..], r.Submitted)).ToList();

    public Task<int> DeleteRetryRecordsAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        RunAsync(token => DeleteRowsAsync(keys.Select(RetryRecordEntity.RowKeyFor).ToList(), token), ct);

    public Task<int> SweepAsync(DateOnly before, CancellationToken ct) =>
        RunAsync(async token =>
        {
            // Messages are listed before complaints: a message is only ever written together with its complaint's update,
            // so one whose complaint is missing from the later list is an orphan (left by a purge cut short).
            var messages = (await QueryPrefixAsync<MessageEntity>(MessageEntity.RowPrefix, token, select: [nameof(ITableEntity.RowKey)])).Select(m => m.RowKey).ToList();
            var complaints = await QueryPrefixAsync<ComplaintEntity>(ComplaintEntity.RowPrefix, token, select: [nameof(ITableEntity.RowKey), nameof(ComplaintEntity.Status), nameof(ComplaintEntity.Submitted)]);
            var live = complaints.Where(c => !c.IsFence).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var orphans = messages.Where(key => !live.Contains(MessageEntity.ComplaintIdOf(key)));
            // A fence must outlive any copy of the write it stopped; a day is far beyond any request's lifetime.
            var oldFences = complaints.Where(c => c.IsFence && BangkokDate.Parse(c.Submitted) < before).Select(c => c.RowKey);
            return await DeleteRowsAsync(orphans.Concat(oldFences).ToList(), token);
        }, ct);

    public Task<IReadOnlyList<StoredRow>> DumpAsync(CancellationToken ct) =>
        RunAsync<IReadOnlyList<StoredRow>>(async token =>
        {
            var all = new List<StoredRow>();
            await foreach (var entity in _table.QueryAsync<TableEntity>(cancellationToken: token))
            {
                var kind = entity.RowKey switch
                {
                    var k when k.StartsWith(MessageEntity.RowPrefix, StringComparison.Ordinal) => "message",
                    var k when k.StartsWith(RetryRecordEntity.RowPrefix, StringComparison.Ordinal) => "retry",
                    _ when entity.GetString(nameof(ComplaintEntity.Status)) == ComplaintEntity.FenceStatus => "fence",
                    _ => "complaint",
                };
                all.Add(new StoredRow(kind, entity.RowKey, entity.ToDictionary(p => p.Key, p => (object?)p.Value)));
            }
            return all;
        }, ct);

    private const string NotFence = "Status ne '" + ComplaintEntity.FenceStatus + "'";

    private Task<ComplaintEntity?> GetComplaintEntityAsync(string id, CancellationToken ct) =>
        RunAsync(async token =>
        {
            var response = await _table.GetEntityIfExistsAsync<ComplaintEntity>(IntakeTable.Partition, ComplaintEntity.RowKeyFor(id), cancellationToken: token);
            return response.HasValue ? response.Value : null;
        }, ct);

    private Task<MessageEntity?> GetMessageEntityAsync(string complaintId, string key, CancellationToken ct) =>
        RunAsync(async token =>
        {
            var response = await _table.GetEntityIfExistsAsync<MessageEntity>(IntakeTable.Partition, MessageEntity.RowKeyFor(complaintId, key), cancellationToken: token);
            return response.HasValue ? response.Value : null;
        }, ct);

    private Task<bool> MessageExistsAsync(string complaintId, string key, CancellationToken ct) =>
        RunAsync(async token => (await _table.GetEntityIfExistsAsync<TableEntity>(IntakeTable.Partition, MessageEntity.RowKeyFor(complaintId, key), [nameof(ITableEntity.RowKey)], token)).HasValue, ct);

    private async Task<int> DeleteRowsAsync(IReadOnlyList<string> rowKeys, CancellationToken ct)
    {
        foreach (var key in rowKeys)
        {
            await _writes.DeleteEntityAsync(IntakeTable.Partition, key, ETag.All, ct);
        }
        return rowKeys.Count;
    }

    /// <summary>
    /// Runs a resolution step until the store answers it, backing off, for at most the configured time. Past that the
    /// outcome stays unknown, and <see cref="StoreOutcomeUnknownException"/> says so rather than claiming nothing was stored.
    /// </summary>
    private async Task<T> RetryUntilAnsweredAsync<T>(Func<Task<T>> step, StoreUnavailableException first, CancellationToken ct)
    {
        var elapsed = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                return await step();
            }
            catch (StoreUnavailableException e) when (!e.Settled && elapsed.Elapsed + delay < _resolveWithin)
            {
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
            catch (StoreUnavailableException e) when (!e.Settled)
            {
                throw new StoreOutcomeUnknownException(first.InnerException ?? e);
            }
        }
    }

    private async Task<List<T>> QueryPrefixAsync<T>(string prefix, CancellationToken ct, string? andFilter = null, IEnumerable<string>? select = null)
        where T : class, ITableEntity, new()
    {
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {IntakeTable.Partition} and RowKey ge {prefix} and RowKey lt {upper}");
        if (andFilter is not null)
        {
            filter = $"{filter} and {andFilter}";
        }
        var results = new List<T>();
        await foreach (var entity in _table.QueryAsync<T>(filter, select: select, cancellationToken: ct))
        {
            results.Add(entity);
        }
        return results;
    }

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken ct)
    {
        try
        {
            try
            {
                return await operation(ct);
            }
            catch (Exception e) when (TableFailures.IsTableMissing(e))
            {
                await _table.CreateIfNotExistsAsync(ct);
                return await operation(ct);
            }
        }
        catch (Exception e) when (TableFailures.IsUnavailable(e, ct))
        {
            throw new StoreUnavailableException(e);
        }
    }

    private Task<bool> RunAsync(Func<CancellationToken, Task<Response>> operation, CancellationToken ct) =>
        RunAsync(async token => { await operation(token); return true; }, ct);

    private Task<bool> RunAsync(Func<CancellationToken, Task<Response<IReadOnlyList<Response>>>> operation, CancellationToken ct) =>
        RunAsync(async token => { await operation(token); return true; }, ct);
}
