using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

/// <summary>An officer reply as sent by the officer's tool: the text, the reply id it chose, and its signature of both.</summary>
public sealed record OfficerReply(string Message, string ReplyId, byte[] Signature);

public static class OfficerReplyValidator
{
    public static (OfficerReply? Reply, IReadOnlyList<FieldError> Errors) Validate(FieldSet fields)
    {
        var errors = new List<FieldError>();
        var message = fields.GetTrimmed(FieldNames.Message);
        if (message is null)
        {
            errors.Add(FieldError.For(FieldNames.Message, Messages.Required(FieldNames.Message)));
        }
        else if (TextRules.Check(FieldNames.Message, message) is { } problem)
        {
            errors.Add(problem);
        }
        var replyId = fields.GetTrimmed(FieldNames.ReplyId);
        if (!OfficerReplySignature.IsReplyId(replyId))
        {
            errors.Add(FieldError.For(FieldNames.ReplyId, Messages.ReplyIdFormat));
        }
        var signature = DecodeSignature(fields.GetTrimmed(FieldNames.Signature));
        if (signature is null)
        {
            errors.Add(FieldError.For(FieldNames.Signature, Messages.SignatureFormat));
        }
        return errors.Count > 0 ? (null, errors) : (new OfficerReply(message!, replyId!, signature!), []);
    }

    private static byte[]? DecodeSignature(string? base64)
    {
        if (base64 is null)
        {
            return null;
        }
        var bytes = new byte[OfficerReplySignature.SignatureBytes + 1];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written == OfficerReplySignature.SignatureBytes ? bytes[..written] : null;
    }
}
