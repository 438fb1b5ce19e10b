using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

/// <summary>A validated complaint plus its optional retry id.</summary>
public sealed record ComplaintSubmission(ComplaintFacts Facts, string? SubmissionId);

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
        return (new ComplaintSubmission(facts, submissionId), []);
    }

    private static bool IsValidSubmissionId(string id) =>
        id.Length >= FieldLimits.MinSubmissionIdChars
        && id.Length <= FieldLimits.MaxChars[FieldNames.SubmissionId]
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
