using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

public sealed record StatusRequest(ReceiptCode Receipt, string? Message);

public static class StatusRequestValidator
{
    public static (StatusRequest? Request, IReadOnlyList<FieldError> Errors) Validate(FieldSet fields)
    {
        var errors = new List<FieldError>();
        var receiptText = fields.GetTrimmed(FieldNames.Receipt);
        ReceiptCode? receipt = null;
        if (receiptText is null)
        {
            errors.Add(FieldError.For(FieldNames.Receipt, Messages.Required(FieldNames.Receipt)));
        }
        else if (!ReceiptCode.TryParse(receiptText, out receipt))
        {
            errors.Add(FieldError.For(FieldNames.Receipt, Messages.ReceiptFormat));
        }
        var message = fields.GetTrimmed(FieldNames.Message);
        if (TextRules.Check(FieldNames.Message, message) is { } messageError)
        {
            errors.Add(messageError);
        }
        return errors.Count > 0 ? (null, errors) : (new StatusRequest(receipt!, message), []);
    }
}
