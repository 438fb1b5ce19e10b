using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace IntegritySite.Intake.Storage;

/// <summary>
/// Table storage for complaints. The table is created lazily whenever an operation finds it missing,
/// so a store that was down (or restarted empty) is picked up again without restarting the app.
/// </summary>
public sealed class ComplaintStore
{
    /// <summary>An entity-group transaction holds at most 100 operations: the complaint and 99 messages.</summary>
    public const int MaxMessagesWithComplaint = 99;

    private static readonly string[] RetentionProperties = [nameof(ITableEntity.RowKey), nameof(ComplaintEntity.Status), nameof(ComplaintEntity.Updated)];

    private readonly TableClient _table;

    public ComplaintStore(IntakeOptions options)
        : this(options, extraPolicy: null)
    {
    }

    /// <summary>With an extra pipeline policy per call (tests inject store faults with it).</summary>
    internal ComplaintStore(IntakeOptions options, HttpPipelinePolicy? extraPolicy)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = RetryMode.Fixed;
        clientOptions.Retry.MaxRetries = 1;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        clientOptions.Diagnostics.IsDistributedTracingEnabled = false;
        clientOptions.Diagnostics.IsTelemetryEnabled = false;
        if (extraPolicy is not null)
        {
            clientOptions.AddPolicy(extraPolicy, HttpPipelinePosition.PerCall);
        }
        _table = new TableClient(options.TableConnectionString, options.TableName, clientOptions);
    }

    public Task<InsertOutcome> InsertAsync(ComplaintEntity complaint, SubmissionEntity? submission, CancellationToken ct) =>
        RunAsync(async token =>
        {
            try
            {
                if (submission is null)
                {
                    await _table.AddEntityAsync(complaint, token);
                }
                else
                {
                    await _table.SubmitTransactionAsync(
                        [new TableTransactionAction(TableTransactionActionType.Add, complaint), new TableTransactionAction(TableTransactionActionType.Add, submission)],
                        token);
                }
                return InsertOutcome.Inserted;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                if (submission is not null && await FindSubmissionCoreAsync(submission.RowKey, token) is not null)
                {
                    return InsertOutcome.SubmissionExists;
                }
                return InsertOutcome.ReceiptTaken;
            }
        }, ct);

    public Task<SubmissionEntity?> FindSubmissionAsync(string rowKey, CancellationToken ct) =>
        RunAsync(token => FindSubmissionCoreAsync(rowKey, token), ct);

    public Task<ComplaintEntity?> FindComplaintAsync(string id, CancellationToken ct) =>
        RunAsync(async token =>
        {
            var response = await _table.GetEntityIfExistsAsync<ComplaintEntity>(IntakeTable.Partition, ComplaintEntity.RowKeyFor(id), cancellationToken: token);
            return response.HasValue ? response.Value : null;
        }, ct);

    public Task<List<ComplaintEntity>> ListComplaintsAsync(CancellationToken ct) =>
        RunAsync(token => QueryPrefixAsync<ComplaintEntity>(ComplaintEntity.RowPrefix, token), ct);

    /// <summary>Category, status and date of the complaints submitted between two days (inclusive); no content, no ids.</summary>
    public Task<List<CountedComplaint>> ListForCountingAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        RunAsync(async token =>
        {
            var submitted = TableClient.CreateQueryFilter($"Submitted ge {BangkokDate.Format(from)} and Submitted le {BangkokDate.Format(to)}");
            var rows = await QueryPrefixAsync<ComplaintEntity>(ComplaintEntity.RowPrefix, token, submitted, CountedComplaint.Properties);
            return rows.Select(c => new CountedComplaint(c.Category, c.Status, BangkokDate.Parse(c.Submitted))).ToList();
        }, ct);

    public Task<List<MessageEntity>> ListMessagesAsync(string complaintId, CancellationToken ct) =>
        RunAsync(token => QueryPrefixAsync<MessageEntity>(MessageEntity.ThreadPrefix(complaintId), token), ct);

    /// <summary>
    /// Adds a message to a complaint's thread and marks the complaint updated, in one entity-group transaction:
    /// both or neither. False (nothing written) when the complaint does not exist.
    /// </summary>
    public Task<bool> AddMessageAsync(MessageEntity message, string complaintId, string updated, CancellationToken ct) =>
        RunAsync(async token =>
        {
            var touch = new TableEntity(IntakeTable.Partition, ComplaintEntity.RowKeyFor(complaintId)) { [nameof(ComplaintEntity.Updated)] = updated };
            try
            {
                await _table.SubmitTransactionAsync(
                    [new TableTransactionAction(TableTransactionActionType.Add, message), new TableTransactionAction(TableTransactionActionType.UpdateMerge, touch, ETag.All)],
                    token);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 404 && !StoreFailures.IsTableMissing(e))
            {
                return false;
            }
        }, ct);

    /// <summary>Updates status and date; false when the complaint does not exist.</summary>
    public Task<bool> UpdateStatusAsync(string id, string status, string updated, CancellationToken ct) =>
        RunAsync(async token =>
        {
            var patch = new TableEntity(IntakeTable.Partition, ComplaintEntity.RowKeyFor(id))
            {
                [nameof(ComplaintEntity.Status)] = status,
                [nameof(ComplaintEntity.Updated)] = updated,
            };
            try
            {
                await _table.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, token);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 404 && !StoreFailures.IsTableMissing(e))
            {
                return false;
            }
        }, ct);

    /// <summary>Row key, status, Updated date and ETag of every complaint; no content.</summary>
    public Task<List<ComplaintEntity>> ListForRetentionAsync(CancellationToken ct) =>
        RunAsync(token => QueryPrefixAsync<ComplaintEntity>(ComplaintEntity.RowPrefix, token, select: RetentionProperties), ct);

    /// <summary>Row keys of every message (each names its complaint); no content.</summary>
    public Task<List<string>> ListMessageKeysAsync(CancellationToken ct) =>
        RunAsync(async token => (await QueryPrefixAsync<MessageEntity>(MessageEntity.RowPrefix, token, select: [nameof(ITableEntity.RowKey)])).Select(m => m.RowKey).ToList(), ct);

    /// <summary>Row key and day of every retry record.</summary>
    public Task<List<SubmissionEntity>> ListRetryRecordsAsync(CancellationToken ct) =>
        RunAsync(token => QueryPrefixAsync<SubmissionEntity>(SubmissionEntity.RowPrefix, token, select: [nameof(ITableEntity.RowKey), nameof(SubmissionEntity.Submitted)]), ct);

    /// <summary>
    /// Deletes a complaint (only if unchanged since <paramref name="listed"/> was read: a follow-up or a status change
    /// in between moves its ETag) and up to <see cref="MaxMessagesWithComplaint"/> of its messages in one entity-group
    /// transaction: all or nothing. False, with nothing deleted, when it changed or is already gone.
    /// </summary>
    public Task<bool> DeleteComplaintAsync(ComplaintEntity listed, IReadOnlyList<string> messageRowKeys, CancellationToken ct) =>
        RunAsync(async token =>
        {
            if (messageRowKeys.Count > MaxMessagesWithComplaint)
            {
                throw new ArgumentException($"At most {MaxMessagesWithComplaint} messages fit in the complaint's transaction.", nameof(messageRowKeys));
            }
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Delete, new TableEntity(IntakeTable.Partition, listed.RowKey), listed.ETag),
            };
            actions.AddRange(messageRowKeys.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(IntakeTable.Partition, key), ETag.All)));
            try
            {
                await _table.SubmitTransactionAsync(actions, token);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412 && !StoreFailures.IsTableMissing(e))
            {
                return false;
            }
        }, ct);

    /// <summary>Deletes rows one by one; a row already gone counts as deleted.</summary>
    public Task<int> DeleteRowsAsync(IReadOnlyList<string> rowKeys, CancellationToken ct) =>
        RunAsync(async token =>
        {
            foreach (var key in rowKeys)
            {
                await _table.DeleteEntityAsync(IntakeTable.Partition, key, ETag.All, token);
            }
            return rowKeys.Count;
        }, ct);

    /// <summary>Every entity in the table, as raw property bags (tests and audits).</summary>
    public Task<List<TableEntity>> DumpAsync(CancellationToken ct) =>
        RunAsync(async token =>
        {
            var all = new List<TableEntity>();
            await foreach (var entity in _table.QueryAsync<TableEntity>(cancellationToken: token))
            {
                all.Add(entity);
            }
            return all;
        }, ct);

    private async Task<SubmissionEntity?> FindSubmissionCoreAsync(string rowKey, CancellationToken ct)
    {
        var response = await _table.GetEntityIfExistsAsync<SubmissionEntity>(IntakeTable.Partition, rowKey, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
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
            catch (Exception e) when (StoreFailures.IsTableMissing(e))
            {
                await _table.CreateIfNotExistsAsync(ct);
                return await operation(ct);
            }
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e, ct))
        {
            throw new StoreUnavailableException(e);
        }
    }
}
