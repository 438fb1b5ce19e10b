using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

/// <summary>A validated complaint, its optional retry id, and the exact bytes that will be sealed (small enough to store).</summary>
public sealed record ComplaintSubmission(ComplaintFacts Facts, string? SubmissionId, byte[] Plaintext);

/// <summary>Turns fields into a complaint, or lists every problem with the field named.</summary>
public static class ComplaintValidator
{
    public static (ComplaintSubmission? Submission, IReadOnlyList<FieldError> Errors) Validate(FieldSet fields)
    {
        var errors = new List<FieldError>();
        foreach (var name in FieldNames.Complaint)
        {
            if (TextRules.Check(name, fields.Get(name)) is { } error)
            {
                errors.Add(error);
            }
        }
        if (!string.IsNullOrEmpty(fields.Get(FieldNames.Honeypot)))
        {
            errors.Add(FieldError.For(FieldNames.Honeypot, Messages.Honeypot));
        }

        var category = fields.GetTrimmed(FieldNames.Category);
        if (category is null)
        {
            errors.Add(FieldError.For(FieldNames.Category, Messages.Required(FieldNames.Category)));
        }
        else if (!ComplaintCategory.IsKnown(category))
        {
            errors.Add(FieldError.For(FieldNames.Category, Messages.UnknownCategory));
        }

        var what = fields.GetTrimmed(FieldNames.What);
        if (what is null)
        {
            errors.Add(FieldError.For(FieldNames.What, Messages.Required(FieldNames.What)));
        }
        var who = fields.GetTrimmed(FieldNames.Who);
        var when = fields.GetTrimmed(FieldNames.When);
        var where = fields.GetTrimmed(FieldNames.Where);
        if (who is null && when is null && where is null)
        {
            errors.Add(FieldError.For(FieldNames.Who, Messages.WhoWhenWhere));
        }
        var howKnown = fields.GetTrimmed(FieldNames.HowKnown);
        if (howKnown is null)
        {
            errors.Add(FieldError.For(FieldNames.HowKnown, Messages.Required(FieldNames.HowKnown)));
        }
        var submissionId = fields.GetTrimmed(FieldNames.SubmissionId);
        if (submissionId is not null && !IsValidSubmissionId(submissionId))
        {
            errors.Add(FieldError.For(FieldNames.SubmissionId, Messages.SubmissionIdFormat));
        }

        if (errors.Count > 0)
        {
            return (null, errors.DistinctBy(e => (e.Field, e.En)).ToList());
        }
        var facts = new ComplaintFacts
        {
            Category = category!,
            What = what!,
            Who = who,
            When = when,
            Where = where,
            HowKnown = howKnown!,
            Evidence = fields.GetTrimmed(FieldNames.Evidence),
            Contact = fields.GetTrimmed(FieldNames.Contact),
        };
        // Each field is within its limit, but JSON escapes some characters (emoji become \uD83D\uDE00, 6 bytes per
        // UTF-16 unit), so the whole can still outgrow a Table property once sealed: refuse it here, not with a 500 later.
        var plaintext = facts.ToUtf8Json();
        if (plaintext.Length > RequestLimits.MaxFactsBytes)
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
            return (null, [FieldError.For(FieldNames.Body, Messages.FactsTooLarge)]);
        }
        return (new ComplaintSubmission(facts, submissionId, plaintext), []);
    }

    private static bool IsValidSubmissionId(string id) =>
        id.Length >= FieldLimits.MinSubmissionIdChars
        && id.Length <= FieldLimits.MaxChars[FieldNames.SubmissionId]
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
