using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>Officer API (JSON only); every call needs X-Officer-Key.</summary>
public sealed class OfficerHandlers(OfficerDesk desk, RetentionPurge purge, OfficerKeyCheck keyCheck, ILogger<OfficerHandlers> logger)
{
    private static readonly IReadOnlySet<string> StatusFields = new HashSet<string>(StringComparer.Ordinal) { "status" };
    private static readonly IReadOnlySet<string> ResealFields = new HashSet<string>(StringComparer.Ordinal) { FieldNames.Item, FieldNames.Sealed };
    private static readonly IReadOnlySet<string> ReplyFields = new HashSet<string>(StringComparer.Ordinal) { FieldNames.Message, FieldNames.ReplyId, FieldNames.Signature };

    /// <summary>GET /api/officer/complaints</summary>
    public Task ListAsync(HttpContext context) => Authorised(context, async () =>
        await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, new { Complaints = await desk.ListAsync(context.RequestAborted) }));

    /// <summary>GET /api/officer/statistics?from=YYYY-MM-DD&amp;to=YYYY-MM-DD: counts only, for ITA o31.</summary>
    public Task StatisticsAsync(HttpContext context) => Authorised(context, async () =>
    {
        var (period, errors) = StatisticsPeriod.Read(context.Request.Query);
        if (period is null)
        {
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status400BadRequest, errors);
            return;
        }
        var statistics = await desk.StatisticsAsync(period.From, period.To, context.RequestAborted);
        IntakeLog.OfficerAction(logger, "counted statistics");
        await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, statistics);
    });

    /// <summary>GET /api/officer/complaints/{id}: ciphertext for decryption on the officer's machine.</summary>
    public Task GetAsync(HttpContext context, string id) => Authorised(context, async () =>
    {
        var complaint = await desk.GetAsync(id, context.RequestAborted);
        if (complaint is null)
        {
            await NotFoundAsync(context);
            return;
        }
        IntakeLog.OfficerAction(logger, "fetched ciphertext");
        await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, complaint);
    });

    /// <summary>GET /api/officer/complaints/{id}/attachments/{blob}: one file's ciphertext, streamed (the key is in the sealed list).</summary>
    public Task GetAttachmentAsync(HttpContext context, string id, string blob) => Authorised(context, async () =>
    {
        await using var ciphertext = await desk.OpenAttachmentAsync(id, blob, context.RequestAborted);
        if (ciphertext is null)
        {
            await NotFoundAsync(context);
            return;
        }
        IntakeLog.OfficerAction(logger, "fetched attachment ciphertext");
        SecurityHeaders.Apply(context.Response);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/octet-stream";
        await ciphertext.CopyToAsync(context.Response.Body, context.RequestAborted);
    });

    /// <summary>POST /api/officer/complaints/{id}/status with {"status": "..."}</summary>
    public Task SetStatusAsync(HttpContext context, string id) => Authorised(context, async () =>
    {
        var read = await RequestBodyReader.ReadAsync(context.Request, StatusFields, context.RequestAborted);
        if (!read.Ok)
        {
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, read.StatusCode, read.Errors);
            return;
        }
        var status = read.Fields!.GetTrimmed("status");
        if (!ComplaintStatus.IsKnown(status))
        {
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status400BadRequest, [FieldError.For("status", Messages.UnknownStatus)]);
            return;
        }
        if (!await desk.SetStatusAsync(id, status!, context.RequestAborted))
        {
            await NotFoundAsync(context);
            return;
        }
        IntakeLog.OfficerAction(logger, "set status");
        await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, new { Id = id, Status = status });
    });

    /// <summary>POST /api/officer/complaints/{id}/replies with {"message": "...", "reply_id": "32 hex", "signature": "base64 Ed25519"}</summary>
    public Task ReplyAsync(HttpContext context, string id) => Authorised(context, async () =>
    {
        var read = await RequestBodyReader.ReadAsync(context.Request, ReplyFields, context.RequestAborted);
        if (!read.Ok)
        {
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, read.StatusCode, read.Errors);
            return;
        }
        var (reply, errors) = OfficerReplyValidator.Validate(read.Fields!);
        if (reply is null)
        {
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status400BadRequest, errors);
            return;
        }
        switch (await desk.ReplyAsync(id, reply.ReplyId, reply.Message, reply.Signature, context.RequestAborted))
        {
            case ReplyOutcome.NoSuchComplaint:
                await NotFoundAsync(context);
                return;
            case ReplyOutcome.BadSignature:
                IntakeLog.ReplySignatureRejected(logger);
                await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status400BadRequest, [FieldError.For(FieldNames.Signature, Messages.BadReplySignature)]);
                return;
        }
        IntakeLog.OfficerAction(logger, "replied");
        await ResponseWriter.JsonAsync(context, StatusCodes.Status201Created, new { Id = id, reply.ReplyId, Replied = true });
    });

    /// <summary>POST /api/officer/complaints/{id}/reseal with {"item": "content" or a message key, "sealed": base64}: officer rewrap.</summary>
    public Task ResealAsync(HttpContext context, string id) => Authorised(context, async () =>
    {
        var read = await RequestBodyReader.ReadAsync(context.Request, ResealFields, context.RequestAborted);
        if (!read.Ok)
        {
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, read.StatusCode, read.Errors);
            return;
        }
        var item = read.Fields!.GetTrimmed(FieldNames.Item);
        var replacement = DecodeSealed(read.Fields.GetTrimmed(FieldNames.Sealed));
        if (item is null || replacement is null)
        {
            var missing = item is null ? FieldNames.Item : FieldNames.Sealed;
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status400BadRequest, [FieldError.For(missing, Messages.Required(missing))]);
            return;
        }
        switch (await desk.ResealAsync(id, item, replacement, context.RequestAborted))
        {
            case ResealOutcome.NoSuchItem:
                await NotFoundAsync(context);
                return;
            case ResealOutcome.NotOnlyAddingOfficers:
                await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status400BadRequest, [FieldError.For(FieldNames.Sealed, Messages.ResealNotOnlyAdding)]);
                return;
            case ResealOutcome.NotAnOfficerKey:
                await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status400BadRequest, [FieldError.For(FieldNames.Sealed, Messages.ResealNotAnOfficer)]);
                return;
            case ResealOutcome.Changed:
                await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status409Conflict, [FieldError.For(FieldNames.Item, Messages.ResealChanged)]);
                return;
        }
        IntakeLog.OfficerAction(logger, "re-sealed for another officer");
        await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, new { Id = id, Item = item, Resealed = true });
    });

    /// <summary>GET /api/officer/purge: the dry run, counts of what a purge would delete now.</summary>
    public Task PurgePreviewAsync(HttpContext context) => Authorised(context, async () =>
        await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, await purge.PreviewAsync(context.RequestAborted)));

    /// <summary>POST /api/officer/purge: deletes the closed complaints past retention; answers counts only.</summary>
    public Task PurgeAsync(HttpContext context) => Authorised(context, async () =>
    {
        var result = await purge.PurgeAsync(context.RequestAborted);
        await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, result);
    });

    private Task Authorised(HttpContext context, Func<Task> action) => HandlerGuard.RunAsync(context, logger, async () =>
    {
        if (!keyCheck.IsAuthorised(context.Request))
        {
            IntakeLog.OfficerUnauthorised(logger);
            await ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status401Unauthorized, [FieldError.For(OfficerKeyCheck.HeaderName, Messages.OfficerKeyRequired)]);
            return;
        }
        await action();
    });

    private static byte[]? DecodeSealed(string? base64)
    {
        if (base64 is null)
        {
            return null;
        }
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written <= RequestLimits.MaxSealedBytes ? bytes[..written] : null;
    }

    private static Task NotFoundAsync(HttpContext context) =>
        ResponseWriter.ErrorsAsync(context, ResponseFormat.Json, StatusCodes.Status404NotFound, [FieldError.For("id", Messages.ComplaintNotFound)]);
}
