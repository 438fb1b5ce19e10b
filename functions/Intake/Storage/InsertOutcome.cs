namespace IntegritySite.Intake.Storage;

public enum InsertOutcome
{
    Inserted,
    /// <summary>A retry: the submission record already exists.</summary>
    SubmissionExists,
    /// <summary>The receipt hash is taken (astronomically rare); pick another receipt.</summary>
    ReceiptTaken,
}
